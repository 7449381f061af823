import Content

/// What the build publishes for programs rather than people: calendars, feeds, the sitemap,
/// register exports and the JSON API, rendered after the pages from the same model.
struct MachineReadableOutputs {
    let model: SiteModel

    /// - Parameter pagePaths: the output paths of the pages, which the sitemap lists.
    func render(pagePaths: [String]) -> [OutputFile] {
        let model = self.model
        let formats = ValueFormats(model: model)
        let evaluator = TemplateEvaluator(formats: formats)
        // Independent of each other: rendered side by side, concatenated in this order.
        let renderers: [@Sendable () -> [OutputFile]] = [
            { CalendarRenderer(model: model, evaluator: evaluator).render() },
            { FeedRenderer(model: model, formats: formats).render() },
            { SitemapRenderer(model: model).render(pagePaths: pagePaths) },
            { ExportRenderer(model: model, formats: formats).render() },
            { APIRenderer(model: model, formats: formats).render() },
        ]
        return renderers.parallelMap { $0() }.flatMap { $0 }
    }
}
