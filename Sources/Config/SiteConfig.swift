import Foundation

/// Site-wide settings from site.yml.
package struct SiteConfig: Sendable {
    package var title: String
    package var description: String?
    package var baseURL: String
    package var language: String
    package var timeZone: String
    package var output: String
    /// `output` when site.yml names none.
    package static let defaultOutput = "public"
    /// Globs of files in the output folder that a build never removes (`keep`): what the host
    /// or the deploy put there. `**` matches across folders; a folder that matches keeps all in it.
    package var keep = defaultKeep
    package static let defaultKeep = ["CNAME", ".nojekyll", ".well-known/**", ".git"]
    package var unsafeHTML: Bool
    package var collections: [CollectionSchema]
    package var taxonomies: [TaxonomySchema]
    package var views: [ViewSchema] = []
    package var menu: [MenuItem] = []
    package var outputs = SiteOutputs()
    /// Tables of figures under `data/` (`datasets:`).
    package var datasets: [DatasetSchema] = []
    /// Charts of datasets (`charts:`).
    package var charts: [ChartSchema] = []

    /// The path part of `base_url` (`/` or `/zinynas/`), prefixed to every internal link.
    package var basePath: String {
        guard let url = URL(string: baseURL), !url.path.isEmpty else { return "/" }
        return url.path.hasSuffix("/") ? url.path : url.path + "/"
    }

    package func collection(_ name: String) -> CollectionSchema? { collections.first { $0.name == name } }
    package func taxonomy(_ name: String) -> TaxonomySchema? { taxonomies.first { $0.name == name } }
    package func dataset(_ name: String) -> DatasetSchema? { datasets.first { $0.name == name } }
}
