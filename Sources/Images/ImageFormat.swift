/// The raster formats whose images are processed (resized, stripped, converted to WebP).
/// GIF (animations) and SVG (vectors) are published as they are.
package enum ImageFormat: String, Sendable, Hashable, CaseIterable {
    case jpeg, png, webp

    /// The format a file's extension names (`JPG` and `jpeg` alike), if it is one of ours.
    package init?(extension ext: some StringProtocol) {
        switch ext.lowercased() {
        case "jpg", "jpeg": self = .jpeg
        case "png": self = .png
        case "webp": self = .webp
        default: return nil
        }
    }

    /// The format of a path's extension (`content/x/y/nuotrauka.jpg`).
    package init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(extension: path[path.index(after: dot)...])
    }

    /// The format of libvips' loader name (`VipsForeignLoadJpegBuffer`), if it is one of ours.
    init?(loader: String) {
        guard let format = Self.allCases.first(where: { loader.hasPrefix("VipsForeignLoad" + $0.loaderName) }) else {
            return nil
        }
        self = format
    }

    private var loaderName: String {
        switch self {
        case .jpeg: return "Jpeg"
        case .png: return "Png"
        case .webp: return "Webp"
        }
    }

    /// The MIME type, for `<source type>`.
    package var mimeType: String { "image/" + rawValue }

    /// How people name it in messages.
    package var displayName: String { rawValue.uppercased() }

    /// The extension of the files written in this format.
    package var fileExtension: String { self == .jpeg ? "jpg" : rawValue }
}
