import Build
import Foundation
import Images
import Testing

/// Images through the whole build: `<picture>` markup, files written, the cache, diagnostics.
/// Serialized: each test holds a thread of the cooperative pool for seconds of libvips work,
/// and two at once would leave a two-core machine's preview-server tests none.
@Suite(.serialized) struct ImageBuildTests {
    static let siteYML = """
        title: Nuotraukos
        base_url: https://example.lt/
        collections:
          istorijos:
            title: Istorijos
            singular: Istorija
            counts: {one: istorija, few: istorijos, other: istorijų}
            fields:
              title: {type: string, required: true, label: Pavadinimas}
              cover: {type: image, label: Viršelis}

        """

    /// A site of two bundles with photos, the portal's layouts.
    static func site(coverLine: String = "cover: {src: kiemas.jpg, alt: \"Skaitytojai bibliotekos kieme\"}", body: String? = nil) throws -> URL {
        let site = try BuildFixture.scratch().appendingPathComponent("site")
        let bundle = site.appendingPathComponent("content/istorijos/kiemas")
        try FileManager.default.createDirectory(at: bundle, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content/istorijos/salė"), withIntermediateDirectories: true)
        try siteYML.write(to: site.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        try BuildFixture.usePortal(["layouts"], in: site)
        let gps = ["exif-ifd3-GPSLatitudeRef": "N", "exif-ifd3-GPSLatitude": "54/1 41/1 0/1"]
        try Data(ImageSamples.jpeg(width: 2000, height: 1000, exif: gps)).write(to: bundle.appendingPathComponent("kiemas.jpg"))
        try Data(ImageSamples.jpeg(width: 800, height: 600, orientation: 6)).write(to: bundle.appendingPathComponent("portretas.jpg"))
        let text = body ?? "Kiemas vasarą.\n\n![Portretas prie lentynos](portretas.jpg)\n\n![](portretas.jpg \"decorative\")\n"
        try "---\ntitle: Kiemas\n\(coverLine)\n---\n\n\(text)".write(
            to: bundle.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        return site
    }

    @Test func picturesHaveSrcsetSizesAndDimensionsAndEveryWidthIsWritten() throws {
        let site = try Self.site()
        let output = site.appendingPathComponent("public")
        let report = try BuildFixture.build(site, into: output)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.imagesProcessed == 2)
        let folder = output.appendingPathComponent("istorijos/kiemas")
        let page = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains(#"<source type="image/webp" srcset="/istorijos/kiemas/kiemas-480.webp 480w, /istorijos/kiemas/kiemas-960.webp 960w, /istorijos/kiemas/kiemas.webp 1600w""#))
        #expect(page.contains(#"srcset="/istorijos/kiemas/kiemas-480.jpg 480w, /istorijos/kiemas/kiemas-960.jpg 960w, /istorijos/kiemas/kiemas.jpg 1600w" sizes="#))
        #expect(page.contains(#"width="1600" height="800" alt="Skaitytojai bibliotekos kieme" decoding="async">"#), "the cover loads at once")
        // The portrait is stored sideways (orientation 6): shown 600×800, below the cover: lazy.
        #expect(page.contains(#"width="600" height="800" alt="Portretas prie lentynos" loading="lazy""#))
        #expect(page.contains(#"width="600" height="800" alt="" loading="lazy""#), "a decorative image keeps its empty alt")
        #expect(!page.contains("title=\"decorative\""))
        #expect(page.contains(#"<meta property="og:image" content="https://example.lt/istorijos/kiemas/kiemas.jpg">"#))
        let list = try String(contentsOf: output.appendingPathComponent("istorijos/index.html"), encoding: .utf8)
        #expect(list.contains("summary-cover") && list.contains("kiemas-480.webp 480w"))
        for name in ["kiemas-480.jpg", "kiemas-960.jpg", "kiemas.jpg", "kiemas-480.webp", "kiemas-960.webp", "kiemas.webp", "portretas.jpg", "portretas-480.webp"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name)")
        }
        let published = try [UInt8](Data(contentsOf: folder.appendingPathComponent("kiemas.jpg")))
        let header = try #require(ImageSamples.header(published))
        #expect((header.width, header.height) == (1600, 800))
        #expect(!header.fields.keys.contains { $0.hasPrefix("exif-ifd3-") }, "no GPS in what is published")
        let webp = try #require(ImageSamples.header(try [UInt8](Data(contentsOf: folder.appendingPathComponent("kiemas.webp")))))
        #expect(!webp.fields.keys.contains { $0.hasPrefix("exif-ifd3-") })
    }

    @Test func aSecondBuildAndATextEditProcessNoImage() throws {
        let site = try Self.site()
        let output = site.appendingPathComponent("public")
        #expect(try BuildFixture.build(site, into: output).imagesProcessed == 2)
        let again = try BuildFixture.build(site, into: output)
        #expect(again.imagesProcessed == 0 && again.imagesReused == 2)
        #expect(again.imagesRead == 0, "unchanged photos are known by their stat, not read again")
        let index = site.appendingPathComponent("content/istorijos/kiemas/index.md")
        try (String(contentsOf: index, encoding: .utf8) + "\nDar viena pastraipa.\n").write(to: index, atomically: true, encoding: .utf8)
        let edited = try BuildFixture.build(site, into: output)
        #expect(edited.diagnostics.isEmpty)
        #expect(edited.imagesProcessed == 0 && edited.imagesReused == 2)
        // A clean output folder with the same cache: the files come from the cache.
        let fresh = site.appendingPathComponent("kitas")
        var options = SiteBuilder.Options(siteFolder: site, output: fresh, now: "2026-05-01")
        options.cacheFolder = BuildFixture.cacheFolder(for: output)
        let report = try SiteBuilder(options: options).run()
        #expect(report.imagesProcessed == 0)
        #expect(try Data(contentsOf: fresh.appendingPathComponent("istorijos/kiemas/kiemas-960.webp"))
            == Data(contentsOf: output.appendingPathComponent("istorijos/kiemas/kiemas-960.webp")))
    }

    @Test func aReplacedPhotoIsReadAgainAndALostCacheFileIsRemade() throws {
        let site = try Self.site()
        let output = site.appendingPathComponent("public")
        #expect(try BuildFixture.build(site, into: output).imagesRead == 2)
        // The same size and modification time, other pixels: the change time tells.
        let photo = site.appendingPathComponent("content/istorijos/kiemas/kiemas.jpg")
        let attributes = try FileManager.default.attributesOfItem(atPath: photo.path)
        let original = try [UInt8](Data(contentsOf: photo))
        // Another position, written in as many bytes: a photo of the same size, other bytes.
        let replacement = ImageSamples.jpeg(
            width: 2000, height: 1000, exif: ["exif-ifd3-GPSLatitudeRef": "N", "exif-ifd3-GPSLatitude": "54/1 42/1 0/1"])
        try #require(replacement.count == original.count && replacement != original)
        try Data(replacement).write(to: photo)
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: photo.path)
        let replaced = try BuildFixture.build(site, into: output)
        #expect(replaced.imagesRead == 1 && replaced.imagesProcessed == 1, "\(replaced.imagesRead) \(replaced.imagesProcessed)")
        // The processed files vanish from the cache and the output: made again, not an error.
        let cache = BuildFixture.cacheFolder(for: output).appendingPathComponent("images")
        for name in try FileManager.default.contentsOfDirectory(atPath: cache.path) {
            try FileManager.default.removeItem(at: cache.appendingPathComponent(name))
        }
        try FileManager.default.removeItem(at: output.appendingPathComponent("istorijos/kiemas/kiemas-480.webp"))
        let remade = try BuildFixture.build(site, into: output)
        #expect(remade.diagnostics.isEmpty)
        #expect(remade.imagesProcessed == 2)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("istorijos/kiemas/kiemas-480.webp").path))
    }

    @Test func imagesWithoutAltTextAreErrorsAtTheirPosition() throws {
        let site = try Self.site(coverLine: "cover: kiemas.jpg", body: "Tekstas.\n\n![](portretas.jpg)\n")
        let report = try BuildFixture.build(site, into: site.appendingPathComponent("public"))
        let messages = report.diagnostics.map { "\($0.location.map(\.description) ?? "-"): \($0.message)" }
        #expect(messages == [
            "content/istorijos/kiemas/index.md:3:8: image 'cover' has no alt text (Viršelis)",
            "content/istorijos/kiemas/index.md:8:1: image 'portretas.jpg' has no alt text",
        ], "\(messages)")
        #expect(report.diagnostics.allSatisfy { $0.hint?.contains("decorative") == true || $0.hint?.contains("alt: \"\"") == true })
    }

    @Test func aDecorativeFieldImageAndAMissingFileAndASymlink() throws {
        let site = try Self.site(coverLine: "cover: {src: kiemas.jpg, alt: \"\"}")
        #expect(try BuildFixture.build(site, into: site.appendingPathComponent("public")).diagnostics.isEmpty)
        let missing = try Self.site(coverLine: "cover: {src: kiemass.jpg, alt: Kiemas}")
        let report = try BuildFixture.build(missing, into: missing.appendingPathComponent("public"))
        #expect(report.diagnostics.map(\.message) == ["image 'cover': no file 'kiemass.jpg' (looked for /istorijos/kiemas/kiemass.jpg)"])
        #expect(report.diagnostics.first?.location?.line == 3)
        #expect(report.diagnostics.first?.hint == "did you mean 'kiemas.jpg'?")
        let linked = try Self.site(coverLine: "cover: {src: nuoroda.jpg, alt: Kiemas}")
        let bundle = linked.appendingPathComponent("content/istorijos/kiemas")
        try FileManager.default.createSymbolicLink(atPath: bundle.appendingPathComponent("nuoroda.jpg").path, withDestinationPath: "kiemas.jpg")
        let symlink = try BuildFixture.build(linked, into: linked.appendingPathComponent("public"))
        #expect(symlink.diagnostics.map(\.message) == ["image 'cover': content/istorijos/kiemas/nuoroda.jpg is a symbolic link, which the build never follows"])
        let inBody = try Self.site(body: "Tekstas.\n\n![Kiemas](nuoroda.jpg)\n")
        try FileManager.default.createSymbolicLink(
            atPath: inBody.appendingPathComponent("content/istorijos/kiemas/nuoroda.jpg").path, withDestinationPath: "kiemas.jpg")
        let body = try BuildFixture.build(inBody, into: inBody.appendingPathComponent("public"))
        #expect(body.diagnostics.map(\.message) == [
            "link to '/istorijos/kiemas/nuoroda.jpg': content/istorijos/kiemas/nuoroda.jpg is a symbolic link, which the build never follows"
        ])
        #expect(body.diagnostics.first?.location?.line == 8)
    }

    @Test func oversizedAndMismatchedImagesAreDiagnosedNotCrashedOn() throws {
        let site = try Self.site()
        let bundle = site.appendingPathComponent("content/istorijos/kiemas")
        try Data(ImageSamples.jpegClaiming(width: 10_000, height: 6_000)).write(to: bundle.appendingPathComponent("didelis.jpg"))
        try Data(ImageSamples.jpeg(width: 40, height: 40)).write(to: bundle.appendingPathComponent("netikras.png"))
        let report = try BuildFixture.build(site, into: site.appendingPathComponent("public"))
        #expect(report.diagnostics.map(\.message).sorted() == [
            "content/istorijos/kiemas/didelis.jpg: image is 10000×6000 pixels (60.0 megapixels); at most 50 are allowed",
            "content/istorijos/kiemas/netikras.png: file is named as PNG but its content is a JPEG image",
        ])
        #expect(report.diagnostics.allSatisfy { $0.location?.file.hasPrefix("content/istorijos/kiemas/") == true })
        #expect(!report.succeeded)
    }
}
