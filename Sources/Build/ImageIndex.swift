import Cache
import Images
import Support

/// What the last build learnt of each source image, by site path: the file's size, inode and
/// change times when it was read, and the fingerprint and variants that came of it. A photo
/// whose `lstat` still says the same is neither read nor hashed again (1,000 camera photos
/// are about 1.5 GB); anything that rewrites a file changes its ctime, which no tool can set
/// back, so a replaced photo is always read. The processed files themselves stay in the
/// image cache, keyed by the fingerprint.
struct ImageIndex: Memo {
    static let file = CacheStore.File.imageIndex

    /// An image as the last build saw it.
    struct Known: Sendable, Equatable {
        var stat: FileStamp
        var key: String
        var variants: [ImageVariant]
    }

    private let context: String
    private var last: [String: ArraySlice<UInt8>] = [:]
    /// This build's images, by site path.
    var known: [String: Known] = [:]
    /// Whether this build read an image (new, changed, or not known unchanged by its stat).
    var hasReadAny = false

    init(context: String) { self.context = context }

    init(decoding bytes: [UInt8], context: String) {
        self.context = context
        last = CacheFile.read(bytes, context: context) ?? [:]
    }

    /// The last build's knowledge of `path`, if its file is unchanged.
    func unchanged(_ path: String, stat: FileStamp) -> Known? {
        guard let record = last[path], let known = Self.decode(record), known.stat == stat else { return nil }
        return known
    }

    /// Every image that was not read is as the last build saw it: the memo changed only if
    /// one was read or one is gone.
    var isWorthWriting: Bool { hasReadAny || known.count != last.count }

    func encode(_ write: ([UInt8]) -> Bool) {
        let encoded = known.mapValues(Self.encode)
        CacheFile.write(context: context, keys: encoded.keys.sorted(), value: { encoded[$0]! }, to: write)
    }

    private static func encode(_ image: Known) -> [UInt8] {
        var w = ByteWriter(capacity: 96)
        w.word(UInt64(image.stat.size))
        w.word(image.stat.inode)
        w.word(UInt64(bitPattern: Int64(image.stat.modified)))
        w.word(UInt64(bitPattern: Int64(image.stat.changed)))
        w.string(image.key)
        w.blob(ImageStage.encode(image.variants))
        return w.bytes
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) -> Known? {
        bytes.withUnsafeBytes { raw -> Known? in
            var r = ByteReader(raw)
            guard let size = try? r.word(), let inode = try? r.word(), let modified = try? r.word(), let changed = try? r.word(),
                let key = try? r.string(), let list = try? r.blob(), r.isAtEnd, let variants = ImageStage.decode(list[...])
            else { return nil }
            let stat = FileStamp(size: Int(size), inode: inode, modified: Int(Int64(bitPattern: modified)), changed: Int(Int64(bitPattern: changed)))
            return Known(stat: stat, key: key, variants: variants)
        }
    }
}
