internal import CVips
import Foundation
import Support

/// One file an image is published as: a width in one format.
package struct ImageVariant: Sendable, Hashable {
    package var width: Int
    package var height: Int
    package var format: ImageFormat

    package init(width: Int, height: Int, format: ImageFormat) {
        self.width = width
        self.height = height
        self.format = format
    }
}

/// Why an image cannot be published; each is a diagnostic, never a crash.
package enum ImageProblem: Error, Sendable, Hashable {
    /// More pixels than `ImageProcessor.maxPixels`: decoding it would take too much memory.
    case tooLarge(width: Int, height: Int)
    /// The bytes are an image of another format than the extension says (or none at all).
    case mismatch(expected: ImageFormat, found: String?)
    /// libvips could not decode or encode it.
    case unreadable(String)

    package var message: String {
        switch self {
        case .tooLarge(let w, let h):
            let megapixels = String(format: "%.1f", Double(w) * Double(h) / 1_000_000)
            return "image is \(w)×\(h) pixels (\(megapixels) megapixels); at most \(ImageProcessor.maxPixels / 1_000_000) are allowed"
        case .mismatch(let expected, let found):
            return "file is named as \(expected.displayName) but its content is \(found.map { "a \($0) image" } ?? "not an image")"
        case .unreadable(let reason):
            return "image cannot be read: \(reason)"
        }
    }

    package var hint: String {
        switch self {
        case .tooLarge: return "scale the photo down (3000 pixels on the long side is plenty for the web) and save it again"
        case .mismatch(_, let found?): return "save it again as the format its name says, or rename it to the right extension (.\(found.lowercased()))"
        case .mismatch: return "replace the file with the real image"
        case .unreadable: return "open the image in an editor and save it again as JPEG or PNG"
        }
    }
}

/// Raster images through libvips: resized to a few widths (never enlarged), turned upright by
/// their EXIF orientation, stripped of metadata (GPS positions), written as WebP and in their
/// own format. Thread-safe: libvips is; call `prepare()` once before parallel work.
package enum ImageProcessor {
    /// The widths an image is published in; an image narrower than one stops at its own width.
    package static let widths = [480, 960, 1600]
    package static let maxPixels = 50_000_000
    static let jpegQuality: Int32 = 80
    static let webpQuality: Int32 = 75

    /// What the processed files depend on besides the source's bytes: a cache key part.
    package static var settings: String {
        "vips \(libraryVersion) widths \(widths) jpeg q\(jpegQuality) webp q\(webpQuality) strip"
    }

    private static let started: Bool = {
        guard zinynas_vips_init() == 0 else { return false }
        // Images are processed in parallel, one per core; libvips' own threads and its cache
        // of operations would only compete for the cores and hold memory.
        vips_concurrency_set(1)
        vips_cache_set_max(0)
        return true
    }()

    /// Starts libvips (`VIPS_INIT`); later calls cost one `swift_once` check.
    @discardableResult
    package static func prepare() -> Bool { started }

    package static var libraryVersion: String { prepare() ? String(cString: vips_version_string()) : "unavailable" }

    /// The variants an image of `width` × `height` is published as, largest first in each format.
    package static func plan(width: Int, height: Int, format: ImageFormat) -> [ImageVariant] {
        let sizes = widths.filter { $0 < width } + [min(width, widths.last!)]
        let variants = Set(sizes).sorted().map { w in
            ImageVariant(width: w, height: max(1, Int((Double(height) * Double(w) / Double(width)).rounded())), format: format)
        }
        return format == .webp ? variants : variants + variants.map { ImageVariant(width: $0.width, height: $0.height, format: .webp) }
    }

    /// Checks what the header says: the format against the extension's, and the size limit.
    /// Returns the upright size (a portrait photo stored sideways is as tall as it shows).
    package static func inspect(_ bytes: [UInt8], format: ImageFormat) -> Result<(width: Int, height: Int), ImageProblem> {
        guard prepare() else { return .failure(.unreadable("libvips did not start")) }
        return bytes.withUnsafeBytes { raw -> Result<(width: Int, height: Int), ImageProblem> in
            guard let loader = vips_foreign_find_load_buffer(raw.baseAddress, raw.count).map({ String(cString: $0) }) else {
                vips_error_clear()
                return .failure(.mismatch(expected: format, found: nil))
            }
            let found = ImageFormat(loader: loader)
            guard found == format else {
                return .failure(.mismatch(expected: format, found: found?.displayName ?? Self.formatName(loader)))
            }
            guard let image = zinynas_vips_header(raw.baseAddress, raw.count) else { return .failure(.unreadable(takeError())) }
            defer { g_object_unref(image) }
            let (w, h) = (Int(vips_image_get_width(image)), Int(vips_image_get_height(image)))
            guard w * h <= maxPixels else { return .failure(.tooLarge(width: w, height: h)) }
            return .success(vips_image_get_orientation_swap(image) != 0 ? (h, w) : (w, h))
        }
    }

    /// The published files of an image: each variant of `plan` and its bytes.
    package static func process(_ bytes: [UInt8], format: ImageFormat) -> Result<[(ImageVariant, [UInt8])], ImageProblem> {
        let size: (width: Int, height: Int)
        switch inspect(bytes, format: format) {
        case .failure(let problem): return .failure(problem)
        case .success(let s): size = s
        }
        let widest = min(size.width, widths.last!)
        return bytes.withUnsafeBytes { raw -> Result<[(ImageVariant, [UInt8])], ImageProblem> in
            var decoded: UnsafeMutablePointer<VipsImage>?
            guard zinynas_vips_thumbnail(raw.baseAddress, raw.count, Int32(widest), &decoded) == 0, let decoded else {
                return .failure(.unreadable(takeError()))
            }
            defer { g_object_unref(decoded) }
            // The savers' `strip` leaves the WebP saver's EXIF (GPS included) in libvips 8.14:
            // the pixels are taken into an image with no metadata at all.
            guard let largest = pixelsOnly(decoded) else { return .failure(.unreadable(takeError())) }
            defer { g_object_unref(largest) }
            let shown = (Int(vips_image_get_width(largest)), Int(vips_image_get_height(largest)))
            var files: [(ImageVariant, [UInt8])] = []
            for variant in plan(width: shown.0, height: shown.1, format: format) where variant.format == format {
                guard let resized = resize(largest, to: variant.width) else { return .failure(.unreadable(takeError())) }
                defer { g_object_unref(resized) }
                let actual = (Int(vips_image_get_width(resized)), Int(vips_image_get_height(resized)))
                for target in format == .webp ? [format] : [format, .webp] {
                    guard let encoded = encode(resized, as: target) else { return .failure(.unreadable(takeError())) }
                    files.append((ImageVariant(width: actual.0, height: actual.1, format: target), encoded))
                }
            }
            return .success(files)
        }
    }

    /// The pixels of `image`, decoded once into memory (the smaller widths are made from
    /// them), in a new image without EXIF (GPS positions, camera serials), XMP, IPTC or ICC.
    private static func pixelsOnly(_ image: UnsafeMutablePointer<VipsImage>) -> UnsafeMutablePointer<VipsImage>? {
        var size = 0
        guard let pixels = vips_image_write_to_memory(image, &size) else { return nil }
        defer { g_free(pixels) }
        return vips_image_new_from_memory_copy(
            pixels, size, vips_image_get_width(image), vips_image_get_height(image), vips_image_get_bands(image),
            vips_image_get_format(image))
    }

    /// `image` at `width` (a new reference to it when it is that wide already).
    private static func resize(_ image: UnsafeMutablePointer<VipsImage>, to width: Int) -> UnsafeMutablePointer<VipsImage>? {
        if Int(vips_image_get_width(image)) <= width {
            g_object_ref(image)
            return image
        }
        var out: UnsafeMutablePointer<VipsImage>?
        guard zinynas_vips_thumbnail_image(image, Int32(width), &out) == 0 else { return nil }
        return out
    }

    private static func encode(_ image: UnsafeMutablePointer<VipsImage>, as format: ImageFormat) -> [UInt8]? {
        var buffer: UnsafeMutableRawPointer?
        var length = 0
        let status: Int32
        switch format {
        case .jpeg: status = zinynas_vips_jpegsave(image, &buffer, &length, jpegQuality)
        case .png: status = zinynas_vips_pngsave(image, &buffer, &length)
        case .webp: status = zinynas_vips_webpsave(image, &buffer, &length, webpQuality)
        }
        guard status == 0, let buffer else { return nil }
        defer { g_free(buffer) }
        return Array(UnsafeRawBufferPointer(start: buffer, count: length))
    }

    /// libvips' last error message, cleared.
    static func takeError() -> String {
        let message = String(cString: vips_error_buffer()).trimmingCharacters(in: .whitespacesAndNewlines)
        vips_error_clear()
        return message.split(separator: "\n").first.map(String.init) ?? "unknown error"
    }

    /// `GIF` for `VipsForeignLoadGifBuffer`.
    static func formatName(_ loader: String) -> String {
        var name = loader.dropFirst("VipsForeignLoad".count)
        if name.hasSuffix("Buffer") { name = name.dropLast("Buffer".count) }
        return name.uppercased()
    }
}
