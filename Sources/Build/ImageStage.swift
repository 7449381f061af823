import Cache
import Config
import Content
import Diagnostics
import Foundation
import Images
import Rendering
import Support

/// The `images` stage: every raster image beside an entry (`content/<folder>/<slug>/x.jpg`),
/// processed by libvips on all cores (`ImageProcessor`) or taken from the cache folder by the
/// fingerprint of its bytes. Its files are written by the `write` stage; the original is
/// never published (it may carry GPS positions): the largest width takes its URL.
struct ImageStage: Sendable {
    /// One source image and the files it is published as.
    struct Published: Sendable {
        var source: String
        /// The URL content names it by (`/projektai/x/nuotrauka.jpg`).
        var url: String
        /// The fingerprint of its bytes: its file in the cache.
        var key: String
        var variants: [ImageVariant]
        /// The variants' bytes when the cache could not keep them (no cache folder).
        var bytes: [String: [UInt8]]?

        /// `nuotrauka-480.jpg` beside the original; the largest width takes the original's name.
        func outputPath(_ variant: ImageVariant) -> String {
            let base = url.dropFirst()
            let stem = base.lastIndex(of: ".").map { base[..<$0] } ?? base
            let largest = variants.filter { $0.format == variant.format }.map(\.width).max()
            return variant.width == largest ? "\(stem).\(variant.format.fileExtension)" : "\(stem)-\(variant.width).\(variant.format.fileExtension)"
        }

        static func recordKey(_ variant: ImageVariant) -> String { "\(variant.width).\(variant.format.fileExtension)" }

        /// Each output file: its path, the cache record that holds it, and its page-record key.
        var files: [(path: String, record: String, key: String)] {
            variants.map { (outputPath($0), Self.recordKey($0), key + "/" + Self.recordKey($0)) }
        }
    }

    var images: [Published] = []
    var processed = 0
    var reused = 0
    /// The site's folder, for an image that has to be processed again while it is written.
    var siteFolder = ""
    /// How many source images were read (the others were known unchanged by their stat).
    var read = 0
    var diagnostics: [Diagnostic] = []

    static let context = "images 1 \(ImageProcessor.settings)"

    /// Processes (or finds in `cache`) every raster asset of the site.
    init(source: SiteSource, config: SiteConfig, siteFolder: URL, cache: CacheStore) {
        let assets = source.assets.compactMap { path -> (String, String, ImageFormat)? in
            guard let format = ImageFormat(path: path), let url = SiteParser.assetURL(path, config: config) else { return nil }
            return (path, url, format)
        }
        self.siteFolder = siteFolder.path
        var index = cache.load(ImageIndex.self, context: Self.context)
        let lastIndex = index
        defer { cache.save(index) }
        guard !assets.isEmpty else { return }
        ImageProcessor.prepare()  // VIPS_INIT, once, before the parallel work
        cache.makeImagesFolder()
        let results = assets.parallelMap { path, url, format -> Result<(Published, Outcome, ImageIndex.Known?), Diagnostic> in
            Self.publish(path, url: url, format: format, siteFolder: siteFolder, cache: cache, index: lastIndex)
        }
        for result in results {
            switch result {
            case .success(let (image, outcome, known)):
                images.append(image)
                if outcome == .processed { processed += 1 } else { reused += 1 }
                if outcome != .unread { read += 1; index.hasReadAny = true }
                if let known { index.known[image.source] = known }
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
    }

    /// How an image was published: processed now, found in the cache by the fingerprint of
    /// its bytes, or found there without reading it (the image index knew the file).
    enum Outcome: Sendable { case processed, cached, unread }

    private static func publish(
        _ path: String, url: String, format: ImageFormat, siteFolder: URL, cache: CacheStore, index: ImageIndex
    ) -> Result<(Published, Outcome, ImageIndex.Known?), Diagnostic> {
        let at = SourceLocation(file: path, line: 1, column: 1)
        let full = siteFolder.path + "/" + path
        let stat = FileStamp(path: full)
        if let stat, let known = index.unchanged(path, stat: stat), cache.hasImage(known.key) {
            return .success((Published(source: path, url: url, key: known.key, variants: known.variants), .unread, known))
        }
        guard let bytes = PlainFiles.read(full) else {
            return .failure(.error(.imageUnreadableFile(path), at: at))
        }
        let key = fingerprint(bytes, format: format)
        var image = Published(source: path, url: url, key: key, variants: [])
        let outcome: Outcome
        if let records = cache.imageRecords(key, context: context), let list = records["variants"],
            let variants = decode(list), variants.allSatisfy({ records[Published.recordKey($0)] != nil })
        {
            image.variants = variants
            outcome = .cached
        } else {
            switch process(bytes, key: key, format: format, cache: cache) {
            case .failure(let problem):
                return .failure(Self.diagnostic(problem, path: path, at: at))
            case .success(let (variants, kept)):
                image.variants = variants
                image.bytes = kept
            }
            outcome = .processed
        }
        // The stat is taken before the read: a file replaced meanwhile is read again next time.
        return .success((image, outcome, stat.map { ImageIndex.Known(stat: $0, key: key, variants: image.variants) }))
    }

    private static func fingerprint(_ bytes: [UInt8], format: ImageFormat) -> String {
        var hasher = Fingerprint()
        hasher.combine(format.rawValue)
        hasher.combine(bytes: bytes)
        return hasher.hexDigest
    }

    /// Processes an image into the cache; returns its variants, and their records when the
    /// cache could not keep them.
    private static func process(
        _ bytes: [UInt8], key: String, format: ImageFormat, cache: CacheStore
    ) -> Result<([ImageVariant], [String: [UInt8]]?), ImageProblem> {
        ImageProcessor.process(bytes, format: format).map { files in
            let variants = files.map(\.0)
            var records = Dictionary(files.map { (Published.recordKey($0.0), $0.1) }, uniquingKeysWith: { a, _ in a })
            records["variants"] = encode(variants)
            return (variants, cache.saveImage(key, context: context, records: records) ? nil : records)
        }
    }

    /// `480 320 jpeg` lines.
    static func encode(_ variants: [ImageVariant]) -> [UInt8] {
        Array(variants.map { "\($0.width) \($0.height) \($0.format.rawValue)\n" }.joined().utf8)
    }

    static func decode(_ bytes: ArraySlice<UInt8>) -> [ImageVariant]? {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        let variants = lines.compactMap { line -> ImageVariant? in
            let parts = line.split(separator: " ")
            guard parts.count == 3, let w = Int(parts[0]), let h = Int(parts[1]), let format = ImageFormat(rawValue: String(parts[2]))
            else { return nil }
            return ImageVariant(width: w, height: h, format: format)
        }
        return variants.count == lines.count && !variants.isEmpty ? variants : nil
    }

    /// The sites paths of the originals, which are not copied.
    var sources: Set<String> { Set(images.map(\.source)) }

    /// What pages show of the images: sizes and files by URL.
    var table: ImageTable {
        var byURL: [String: ResponsiveImage] = [:]
        var hasher = Fingerprint()
        for image in images {
            hasher.combine(image.url)
            hasher.combine(image.key)
            func source(_ format: ImageFormat) -> ResponsiveImage.Source? {
                let files = image.variants.filter { $0.format == format }.sorted { $0.width < $1.width }
                    .map { (width: $0.width, url: "/" + image.outputPath($0)) }
                return files.isEmpty ? nil : ResponsiveImage.Source(type: format.mimeType, files: files)
            }
            guard let own = image.variants.first?.format, let fallback = source(own),
                let largest = image.variants.filter({ $0.format == own }).max(by: { $0.width < $1.width })
            else { continue }
            byURL[image.url] = ResponsiveImage(
                width: largest.width, height: largest.height, fallback: fallback, webp: own == .webp ? nil : source(.webp))
        }
        return ImageTable(byURL: byURL, fingerprint: hasher.hexDigest)
    }
}

extension ImageStage {
    /// Writes every image file into the output, in parallel, except those the page record
    /// shows are there as this build would write them. Returns each file's path, key and
    /// whether it was kept, written or unchanged.
    func write(with writer: OutputWriter, kept: PageCache, cache: CacheStore) throws(DiagnosticsError) -> [(path: String, key: String, kept: Bool, written: Bool)] {
        let results = images.parallelMap { image -> Result<[(path: String, key: String, kept: Bool, written: Bool)], DiagnosticsError> in
            var records = image.bytes.map { $0.mapValues { $0[...] } }
            var done: [(path: String, key: String, kept: Bool, written: Bool)] = []
            for file in image.files {
                if kept.canKeep(file.path, key: file.key, in: writer) {
                    done.append((file.path, file.key, true, false))
                    continue
                }
                if records == nil { records = cache.imageRecords(image.key, context: Self.context) ?? reprocessed(image, cache: cache) }
                guard let bytes = records?[file.record] else {
                    return .failure(DiagnosticsError([.error(.outputs(.cacheLostImage(file.path)), at: nil)]))
                }
                do {
                    done.append((file.path, file.key, false, try writer.write(file.path, Array(bytes))))
                } catch {
                    return .failure(DiagnosticsError([.error(.cannotWrite(path: file.path, reason: "\(error)"), at: nil)]))
                }
            }
            return .success(done)
        }
        var all: [(path: String, key: String, kept: Bool, written: Bool)] = []
        for result in results { all += try result.get() }
        return all
    }

    /// The records of an image whose cache file went missing or was damaged since the
    /// `images` stage (which trusted the index): processed again from its source.
    private func reprocessed(_ image: Published, cache: CacheStore) -> [String: ArraySlice<UInt8>]? {
        guard let format = ImageFormat(path: image.source), let bytes = PlainFiles.read(siteFolder + "/" + image.source),
            Self.fingerprint(bytes, format: format) == image.key,
            case .success(let (_, kept)) = Self.process(bytes, key: image.key, format: format, cache: cache)
        else { return nil }
        return kept.map { $0.mapValues { $0[...] } } ?? cache.imageRecords(image.key, context: Self.context)
    }
}
