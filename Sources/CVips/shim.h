// libvips' operations take their options as NULL-terminated varargs, which Swift cannot
// call: each one used is wrapped here with the options Žinynas passes.
#include <vips/vips.h>

/// Decodes `buf` shrunk to fit `width` (never enlarged), with EXIF orientation applied.
static inline int zinynas_vips_thumbnail(const void *buf, size_t len, int width, VipsImage **out) {
    return vips_thumbnail_buffer((void *)buf, len, out, width, "height", VIPS_MAX_COORD,
                                 "size", VIPS_SIZE_DOWN, NULL);
}

/// Reads only the header of `buf` (no pixels are decoded).
static inline VipsImage *zinynas_vips_header(const void *buf, size_t len) {
    return vips_image_new_from_buffer(buf, len, "", "access", VIPS_ACCESS_SEQUENTIAL, NULL);
}

/// Decodes `buf` whole, orientation and metadata as stored (for tests that inspect them).
static inline VipsImage *zinynas_vips_open(const void *buf, size_t len) {
    return vips_image_new_from_buffer(buf, len, "", NULL);
}

/// Rotates `in` upright by its EXIF orientation.
static inline int zinynas_vips_autorot(VipsImage *in, VipsImage **out) {
    return vips_autorot(in, out, NULL);
}

// Every saver strips metadata (EXIF with GPS positions, XMP, IPTC; the ICC profile too).
static inline int zinynas_vips_jpegsave(VipsImage *in, void **buf, size_t *len, int quality) {
    return vips_jpegsave_buffer(in, buf, len, "Q", quality, "strip", TRUE, "optimize_coding", TRUE,
                                "interlace", TRUE, NULL);
}

static inline int zinynas_vips_pngsave(VipsImage *in, void **buf, size_t *len) {
    return vips_pngsave_buffer(in, buf, len, "strip", TRUE, "compression", 6, NULL);
}

static inline int zinynas_vips_webpsave(VipsImage *in, void **buf, size_t *len, int quality) {
    return vips_webpsave_buffer(in, buf, len, "Q", quality, "strip", TRUE, NULL);
}

/// A JPEG with the image's own metadata kept: tests write EXIF tags (GPS, orientation) with it.
static inline int zinynas_vips_jpegsave_keeping(VipsImage *in, void **buf, size_t *len) {
    return vips_jpegsave_buffer(in, buf, len, NULL);
}

static inline VipsImage *zinynas_vips_black(int width, int height) {
    VipsImage *out = NULL;
    return vips_black(&out, width, height, "bands", 3, NULL) == 0 ? out : NULL;
}

/// `in` with `c` added to every band: a uniform grey test image.
static inline VipsImage *zinynas_vips_linear1(VipsImage *in, double a, double c) {
    VipsImage *out = NULL;
    return vips_linear1(in, &out, a, c, "uchar", TRUE, NULL) == 0 ? out : NULL;
}

static inline int zinynas_vips_init(void) { return VIPS_INIT("zinynas"); }

/// Shrinks an image already upright to fit `width` (never enlarged).
static inline int zinynas_vips_thumbnail_image(VipsImage *in, int width, VipsImage **out) {
    return vips_thumbnail_image(in, out, width, "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN,
                                "no_rotate", TRUE, NULL);
}
