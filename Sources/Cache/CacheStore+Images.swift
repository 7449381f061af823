import Foundation
import Support

/// Processed images: `images/<key>` in the cache folder, one `CacheFile` per source image,
/// keyed by a fingerprint of its bytes, so an unchanged photo is never processed twice
/// (whichever entry or path it moves to). A file's records are its variants' bytes and a
/// list of the variants; its context, the processing settings.
extension CacheStore {
    package static let imagesFolder = "images"

    private func imagePath(_ key: String) -> String {
        folder.appendingPathComponent(Self.imagesFolder).appendingPathComponent(key).path
    }

    /// The records of the image processed as `key` for `context`, if intact.
    package func imageRecords(_ key: String, context: String) -> [String: ArraySlice<UInt8>]? {
        guard engine != nil, let bytes = PlainFiles.read(imagePath(key)) else { return nil }
        return CacheFile.read(bytes, context: stamped(context))
    }

    /// Makes the folder of processed images; called once before images are processed in parallel.
    package func makeImagesFolder() {
        guard engine != nil else { return }
        makeFolder()
        try? FileManager.default.createDirectory(
            at: folder.appendingPathComponent(Self.imagesFolder), withIntermediateDirectories: true)
    }

    /// Keeps an image's records (into the folder `makeImagesFolder` made); `false` when they
    /// could not be written.
    @discardableResult
    package func saveImage(_ key: String, context: String, records: [String: [UInt8]]) -> Bool {
        guard engine != nil else { return false }
        return PlainFiles.replace(imagePath(key)) { write in
            CacheFile.write(context: stamped(context), keys: records.keys.sorted(), value: { records[$0] ?? [] }, to: write)
        }
    }
}

extension CacheStore {
    /// Whether the processed image `key` is in the folder (its records are checked when read).
    package func hasImage(_ key: String) -> Bool {
        engine != nil && access(imagePath(key), F_OK) == 0
    }
}
