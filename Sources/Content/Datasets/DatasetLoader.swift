import Config
import Diagnostics
import Support

/// Reads every dataset site.yml declares from the data files of `SiteSource`, each file on
/// its own and in parallel: the part of the `parse` stage that is about data. The checks
/// across files (duplicate keys, refs to entries) are the `check` stage's.
package enum DatasetLoader {
    package struct Result: Sendable {
        package var datasets: [Dataset] = []
        package var diagnostics: [Diagnostic] = []
        /// Decoded text of every data file that is read, for quoting lines in diagnostics.
        package var texts: [String: String] = [:]
    }

    package static func load(_ files: [SourceFile], config: SiteConfig) -> Result {
        var result = Result()
        guard !config.datasets.isEmpty else { return result }
        var owner: [String: String] = [:]
        var jobs: [(file: SourceFile, dataset: Int)] = []
        for (index, schema) in config.datasets.enumerated() {
            let mine = files.filter { schema.owns($0.path) }
            // A site without data files (a copy of the portal's settings) has empty datasets;
            // one with data files none of which a glob matches has a typo in it.
            if mine.isEmpty, !files.isEmpty {
                result.diagnostics.append(
                    DatasetMessages.error(
                        DatasetMessages.noFiles(schema.name, schema.files), at: schema.filesLocation,
                        hint: DatasetMessages.noFilesHint))
            }
            for file in mine {
                if let first = owner[file.path] {
                    result.diagnostics.append(
                        DatasetMessages.error(
                            DatasetMessages.twoDatasets(file.path, first, schema.name), at: schema.filesLocation,
                            hint: DatasetMessages.twoDatasetsHint))
                    continue
                }
                owner[file.path] = schema.name
                jobs.append((file, index))
            }
        }
        let read = jobs.parallelMap { DatasetReader.read($0.file, schema: config.datasets[$0.dataset]) }
        var rows = Array(repeating: [DatasetRow](), count: config.datasets.count)
        var hashers = Array(repeating: Fingerprint(), count: config.datasets.count)
        for (job, file) in zip(jobs, read) {
            rows[job.dataset] += file.rows
            result.diagnostics += file.diagnostics
            result.texts[job.file.path] = file.text
            hashers[job.dataset].combine(job.file.path)
            hashers[job.dataset].combine(bytes: job.file.bytes)
        }
        result.datasets = config.datasets.indices.map {
            Dataset(schema: config.datasets[$0], rows: rows[$0], fingerprint: hashers[$0].hexDigest)
        }
        return result
    }
}
