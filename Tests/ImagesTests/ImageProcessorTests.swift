import Images
import Testing

@Suite(.serialized) struct ImageProcessorTests {
    @Test func resizesToEachWidthNeverEnlargingAndWritesWebP() throws {
        let photo = ImageSamples.jpeg(width: 1200, height: 800)
        let files = try ImageProcessor.process(photo, format: .jpeg).get()
        let variants = files.map(\.0)
        #expect(variants.map(\.width) == [480, 480, 960, 960, 1200, 1200])
        #expect(variants.map(\.format) == [.jpeg, .webp, .jpeg, .webp, .jpeg, .webp])
        #expect(variants.first { $0.width == 960 }?.height == 640)
        for (variant, bytes) in files {
            let header = try #require(ImageSamples.header(bytes))
            #expect(header.width == variant.width && header.height == variant.height)
        }
        // WebP files start with RIFF....WEBP.
        let webp = try #require(files.first { $0.0.format == .webp }?.1)
        #expect(Array(webp[8..<12]) == Array("WEBP".utf8))
    }

    @Test func stripsGPSTagsAndOtherMetadata() throws {
        let photo = ImageSamples.jpeg(
            width: 600, height: 400,
            exif: ["exif-ifd3-GPSLatitudeRef": "N", "exif-ifd3-GPSLatitude": "54/1 41/1 0/1", "exif-ifd0-Make": "Zinynas"])
        let before = try #require(ImageSamples.header(photo))
        #expect(before.fields.keys.contains { $0.hasPrefix("exif-ifd3-GPS") }, "the sample must carry GPS tags")
        for (_, bytes) in try ImageProcessor.process(photo, format: .jpeg).get() {
            let after = try #require(ImageSamples.header(bytes))
            // libvips' WebP saver writes a few EXIF fields of its own (resolution, orientation 1).
            let kept = after.fields.keys.filter { $0.hasPrefix("exif-ifd3-") || $0.hasSuffix("-Make") || $0.hasPrefix("xmp") }
            #expect(kept.isEmpty, "\(after.fields)")
        }
    }

    @Test func appliesTheEXIFOrientation() throws {
        // Stored 600×400 with orientation 6 (rotate 90° clockwise): shown 400×600.
        let photo = ImageSamples.jpeg(width: 600, height: 400, orientation: 6)
        #expect(try ImageProcessor.inspect(photo, format: .jpeg).get() == (400, 600))
        let files = try ImageProcessor.process(photo, format: .jpeg).get()
        let largest = try #require(files.last { $0.0.format == .jpeg })
        #expect(largest.0.width == 400 && largest.0.height == 600)
        let header = try #require(ImageSamples.header(largest.1))
        #expect((header.width, header.height) == (400, 600))
        #expect(header.fields["orientation"] == nil || header.fields["orientation"] == "1")
    }

    @Test func refusesImagesOverFiftyMegapixelsFromTheHeader() {
        let huge = ImageSamples.jpegClaiming(width: 10_000, height: 5_001)
        #expect(ImageProcessor.process(huge, format: .jpeg).failure == .tooLarge(width: 10_000, height: 5_001))
        #expect(ImageProcessor.process(huge, format: .jpeg).failure?.message.contains("50.0 megapixels") == true)
    }

    @Test func refusesContentThatDoesNotMatchTheExtension() {
        let jpeg = ImageSamples.jpeg(width: 50, height: 50)
        #expect(ImageProcessor.process(jpeg, format: .png).failure == .mismatch(expected: .png, found: "JPEG"))
        #expect(ImageProcessor.process(Array("not an image".utf8), format: .jpeg).failure == .mismatch(expected: .jpeg, found: nil))
        let truncated = Array(jpeg.prefix(40))
        #expect(ImageProcessor.process(truncated, format: .jpeg).failure != nil)
    }

    @Test func formatsByExtension() {
        #expect(ImageFormat(path: "content/a/b/Nuotrauka.JPG") == .jpeg)
        #expect(ImageFormat(path: "content/a/b/logo.png") == .png)
        #expect(ImageFormat(path: "content/a/b/anim.gif") == nil)
        #expect(ImageFormat(path: "content/a.b/c") == nil)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }
}
