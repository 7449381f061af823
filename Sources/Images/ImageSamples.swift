internal import CVips

/// Images made with libvips for tests and the benchmark corpus: no photo is downloaded.
package enum ImageSamples {
    /// A grey JPEG of `width` × `height` with the given EXIF tags (`exif-ifd3-GPSLatitude`:
    /// GPS is IFD 3) and orientation (1–8) stored in its metadata.
    package static func jpeg(
        width: Int, height: Int, grey: Double = 128, orientation: Int? = nil, exif: [String: String] = [:]
    ) -> [UInt8] {
        ImageProcessor.prepare()
        guard let black = zinynas_vips_black(Int32(width), Int32(height)) else { return [] }
        defer { g_object_unref(black) }
        guard let image = zinynas_vips_linear1(black, 1, grey) else { return [] }
        defer { g_object_unref(image) }
        if let orientation { vips_image_set_int(image, "orientation", Int32(orientation)) }
        for (name, value) in exif { vips_image_set_string(image, name, value) }
        var buffer: UnsafeMutableRawPointer?
        var length = 0
        guard zinynas_vips_jpegsave_keeping(image, &buffer, &length) == 0, let buffer else { return [] }
        defer { g_free(buffer) }
        return Array(UnsafeRawBufferPointer(start: buffer, count: length))
    }

    /// What an encoded image's header holds: its stored size and the names of its metadata
    /// fields (`exif-ifd3-GPSLatitude`, `orientation`) with their values as text.
    package static func header(_ bytes: [UInt8]) -> (width: Int, height: Int, fields: [String: String])? {
        ImageProcessor.prepare()
        return bytes.withUnsafeBytes { raw in
            guard let image = zinynas_vips_open(raw.baseAddress, raw.count) else {
                vips_error_clear()
                return nil
            }
            defer { g_object_unref(image) }
            var fields: [String: String] = [:]
            if let names = vips_image_get_fields(image) {
                var index = 0
                while let name = names[index] {
                    let key = String(cString: name)
                    var text: UnsafeMutablePointer<CChar>?
                    if vips_image_get_as_string(image, name, &text) == 0, let text {
                        fields[key] = String(cString: text)
                        g_free(text)
                    }
                    index += 1
                }
                g_strfreev(names)
            }
            return (Int(vips_image_get_width(image)), Int(vips_image_get_height(image)), fields)
        }
    }
}

extension ImageSamples {
    /// A small JPEG whose header claims `width` × `height` (its SOF marker rewritten): what a
    /// huge photo looks like to a reader of headers, made without encoding one.
    package static func jpegClaiming(width: Int, height: Int) -> [UInt8] {
        var bytes = jpeg(width: 16, height: 16)
        var index = 2
        while index + 9 < bytes.count, bytes[index] == 0xFF {
            let marker = bytes[index + 1]
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            if marker == 0xC0 || marker == 0xC2 {  // SOF: precision, height, width
                bytes[index + 5] = UInt8(height >> 8)
                bytes[index + 6] = UInt8(height & 0xFF)
                bytes[index + 7] = UInt8(width >> 8)
                bytes[index + 8] = UInt8(width & 0xFF)
                break
            }
            index += 2 + length
        }
        return bytes
    }
}
