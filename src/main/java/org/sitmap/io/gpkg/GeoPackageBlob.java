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
