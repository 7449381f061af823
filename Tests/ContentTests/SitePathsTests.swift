@testable import Config
import Testing

/// Every setting of site.yml that names a place in the output (or `folder`, in content/):
/// confined by one function, refused where it is written.
@Suite struct SitePathsTests {
    @Test func pathsLeadingOutOfTheOutputFolderAreRefused() throws {
        let (config, diagnostics) = try SiteYML.decode("api: /../../escape-api/\n")
        #expect(config == nil)
        #expect(diagnostics == [
            "site.yml:3:6: error: 'api' in site.yml must be a path inside the site: '..' would lead out of it | e.g. api: /projektai/"
        ])
    }

    @Test(arguments: [
        ("/a/../b/", "'..' would lead out of it"), ("..", "'..' would lead out of it"), ("/./", "'.' names no folder"),
        ("//evil.example/", "it has an empty part ('//')"), ("a\\..\\b", "'\\' is not allowed: parts of a path are separated by '/'"),
        ("/a b/", "spaces are not allowed: write '-' instead"), ("/a\u{0}b/", "control characters are not allowed"),
        ("/%2e%2e/", "'%' is not allowed: it means something else in a URL"), ("/a#b/", "'#' is not allowed: it means something else in a URL"),
    ])
    func everyKindOfEscapeIsRefused(_ path: String, _ reason: String) {
        #expect(OutputLocation.folder.confine(path) == .failure(.init(message: "must be a path inside the site: \(reason)")))
        #expect(OutputLocation.file(extension: "ics").confine(path + (path.hasSuffix("/") ? "" : "/") + "x.ics") == .failure(.init(message: "must be a path inside the site: \(reason)")))
    }

    @Test func pathsInsideTheSiteAreNormalised() {
        #expect(OutputLocation.folder.confine("projektai") == .success("/projektai/"))
        #expect(OutputLocation.folder.confine("/a/b") == .success("/a/b/"))
        #expect(OutputLocation.folder.confine("/") == .success("/"))
        #expect(OutputLocation.folder.confine("/žinios/.well-known/") == .success("/žinios/.well-known/"))
        #expect(OutputLocation.file(extension: "ics").confine("renginiai/mokymai.ics") == .success("/renginiai/mokymai.ics"))
        #expect(OutputLocation.name(extension: "csv").confine("registras.csv") == .success("registras.csv"))
        #expect(OutputLocation.siteFolder.confine("build/public/") == .success("build/public"))
        #expect(OutputLocation.siteFolder.confine("/tmp/public") == .failure(.init(message: "must be a folder inside the site folder, relative to it")))
    }

    @Test(arguments: ["../../secret", "/etc", "a/b", ".", "..", ".paslaptis", "a\\b"])
    func aCollectionsFolderIsOneFolderOfContent(_ folder: String) throws {
        let (config, diagnostics) = try SiteYML.decode("", collection: "folder: '\(folder)'\n    ")
        #expect(config == nil)
        #expect(diagnostics == [
            "site.yml:8:13: error: 'folder' in collection 'knygos' must name a folder directly under content/ | e.g. folder: projektai, for content/projektai/"
        ])
    }
}
