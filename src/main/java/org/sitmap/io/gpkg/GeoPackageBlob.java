package org.sitmap.io.gpkg;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Encodes and decodes the GeoPackage 1.3 "StandardGeoPackageBinary" geometry blob: magic
 * {@code 'G','P'}, version 0, a flags byte (bit 0 little-endian header, bits 1-3 envelope type,
 * bit 4 empty geometry, bit 5 extended type), the int32 {@code srs_id}, an optional envelope of
 * 0, 4, 6, 6 or 8 doubles and then ISO WKB. Writing always uses a little-endian header, envelope
 * type 1 ({@code minx, maxx, miny, maxy}) for non-empty geometries, no envelope for empty ones and
 * 2D little-endian WKB. Reading accepts either header byte order and envelope types 0-4.
 * Stateless and thread-safe (JTS readers and writers are created per call).
 */
public final class GeoPackageBlob {
    private static final int HEADER_FIXED_BYTES = 8;
    private static final int[] ENVELOPE_DOUBLES = {0, 4, 6, 6, 8};

    private GeoPackageBlob() {
    }

    /** Encodes {@code geometry} with the given {@code srs_id}. */
    public static byte[] encode(Geometry geometry, int srsId) {
        boolean empty = geometry.isEmpty();
        int envelopeType = empty ? 0 : 1;
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(geometry);
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_FIXED_BYTES + 8 * ENVELOPE_DOUBLES[envelopeType] + wkb.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        int flags = 0x01 | (envelopeType << 1) | (empty ? 0x10 : 0);
        buffer.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) flags).putInt(srsId);
        if (!empty) {
            Envelope envelope = geometry.getEnvelopeInternal();
            buffer.putDouble(envelope.getMinX()).putDouble(envelope.getMaxX())
                    .putDouble(envelope.getMinY()).putDouble(envelope.getMaxY());
        }
        buffer.put(wkb);
        return buffer.array();
    }

    /**
     * Encodes a 2D point without JTS and without an envelope (the spec allows none for points,
     * and GDAL writes points so): 8 header bytes + 21 WKB bytes. Used by bulk imports.
     */
    public static byte[] encodePoint(double x, double y, int srsId) {
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_FIXED_BYTES + 21).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0x01).putInt(srsId);
        buffer.put((byte) 1).putInt(1).putDouble(x).putDouble(y);
        return buffer.array();
    }

    /**
     * The envelope stored in the blob header, or null when the header has none (type 0) or the
     * geometry is flagged empty. For a header without an envelope whose WKB is a 2D point, the
     * point's own degenerate envelope is read directly, without a WKB parse.
     */
    public static Envelope headerEnvelope(byte[] blob) throws GeoPackageException {
        Header h = header(blob);
        int flags = blob[3] & 0xFF;
        if ((flags & 0x10) != 0) {
            return null;
        }
        ByteOrder order = (flags & 0x01) != 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        int envelopeType = (flags >> 1) & 0x07;
        if (envelopeType > 0) {
            ByteBuffer b = ByteBuffer.wrap(blob, HEADER_FIXED_BYTES, 32).order(order);
            return new Envelope(b.getDouble(), b.getDouble(), b.getDouble(), b.getDouble());
        }
        if (blob.length == h.wkbOffset + 21) {
            ByteOrder wkbOrder = blob[h.wkbOffset] == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
            ByteBuffer b = ByteBuffer.wrap(blob, h.wkbOffset + 1, 20).order(wkbOrder);
            if (b.getInt() == 1) {
                double x = b.getDouble();
                double y = b.getDouble();
                return Double.isNaN(x) ? null : new Envelope(x, x, y, y);
            }
        }
        return null;
    }

    /** Reads the {@code srs_id} from a blob header without decoding the WKB. */
    public static int srsId(byte[] blob) throws GeoPackageException {
        return header(blob).srsId;
    }

    /**
     * Decodes a blob into a JTS geometry whose SRID is the blob's {@code srs_id}.
     *
     * @throws GeoPackageException "geometry blob: reason" when the bytes are not a valid blob
     */
    public static Geometry decode(byte[] blob) throws GeoPackageException {
        Header header = header(blob);
        byte[] wkb = Arrays.copyOfRange(blob, header.wkbOffset, blob.length);
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), header.srsId);
        try {
            Geometry geometry = new WKBReader(factory).read(wkb);
            geometry.setSRID(header.srsId);
            return geometry;
        } catch (ParseException | RuntimeException e) {
            throw new GeoPackageException("geometry blob: invalid WKB (" + e.getMessage() + ")", e);
        }
    }

    private static Header header(byte[] blob) throws GeoPackageException {
        if (blob == null || blob.length < HEADER_FIXED_BYTES) {
            throw new GeoPackageException("geometry blob: too short for a GeoPackage header ("
                    + (blob == null ? 0 : blob.length) + " bytes)");
        }
        if (blob[0] != 'G' || blob[1] != 'P') {
            throw new GeoPackageException("geometry blob: missing 'GP' magic");
        }
        if (blob[2] != 0) {
            throw new GeoPackageException("geometry blob: unsupported version " + blob[2]);
        }
        int flags = blob[3] & 0xFF;
        if ((flags & 0x20) != 0) {
            throw new GeoPackageException("geometry blob: extended geometry types are not supported");
        }
        int envelopeType = (flags >> 1) & 0x07;
        if (envelopeType >= ENVELOPE_DOUBLES.length) {
            throw new GeoPackageException("geometry blob: invalid envelope type " + envelopeType);
        }
        ByteOrder order = (flags & 0x01) != 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        int srsId = ByteBuffer.wrap(blob, 4, 4).order(order).getInt();
        int wkbOffset = HEADER_FIXED_BYTES + 8 * ENVELOPE_DOUBLES[envelopeType];
        if (blob.length <= wkbOffset) {
            throw new GeoPackageException("geometry blob: no WKB after the header (" + blob.length + " bytes)");
        }
        return new Header(srsId, wkbOffset);
    }

    private record Header(int srsId, int wkbOffset) {
    }
}
