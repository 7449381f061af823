/// Every text the program shows a person, as a key with typed arguments; rendered in a language
/// only when shown (`text(_:)`), by one catalogue per language (`Catalogue+en.swift`,
/// `Catalogue+lt.swift`), each a `switch` over these cases, so the compiler proves that no
/// message is missing in either. A diagnostic carries its message unrendered, since most are
/// made before anyone knows the language. To add a message: a case here, a line in each
/// catalogue, a sample in `MessageCatalogueTests.samples` (docs/architecture.md, "Messages").
public indirect enum Message: Sendable, Hashable {
    /// Text from elsewhere, shown as it is in every language (another library's words, a path):
    /// also what a diagnostic made from a plain `String` holds, until it has a key of its own.
    case verbatim(String)
    /// Messages shown one after the other, joined by `; `.
    case joined([Message])

    // MARK: Areas, each an enum of its own with its own pair of catalogues (files named by area)
    case datasets(DatasetMessage)
    case indicators(IndicatorMessage)
    case command(CommandMessage)
    case outputs(OutputMessage)
    case templates(TemplateMessage)

    // MARK: Words used inside other messages
    case hintLabel
    case didYouMean(String)
    case known(noun: Noun, names: [String])
    case shapeEmpty, shapeBool, shapeInteger, shapeNumber, shapeText, shapeList, shapeMapping
    /// A value as written: `'Vilnius'`, `„Vilnius“`.
    case quoted(String)
    case characters(Int)
    case items(Int)

    /// The kinds of names a "known …" hint lists.
    public enum Noun: Sendable, Hashable { case keys, fields, collections, names, values, files, headings, types, templates, kinds, datasets, columns }

    // MARK: Reading files (Text, YAML, Content)
    case notUTF8(byte: String, offset: Int)
    case notUTF8Hint
    case nulByte(offset: Int)
    case nulByteHint
    case cannotReadSiteYML(folder: String)
    case cannotReadSiteYMLHint
    case cannotReadFile(path: String, reason: String)
    case cannotReadFolder(path: String, reason: String)
    case unreadableFile(path: String)
    case yamlParserInit
    case yamlSyntax(problem: String, context: String?, line: Int?)
    case yamlInvisible(problem: String, character: String)
    case yamlInvisibleHint
    case yamlUnclosedQuoteHint
    case yamlTabs, yamlIndentedKey, yamlQuoteColon, yamlIndentation, yamlSpecialCharacter, yamlCheckNear
    case yamlDocuments(count: Int)
    case yamlDocumentsHint
    case yamlUnknownAlias(String)
    case yamlUnknownAliasHint(String)
    case yamlTooDeep(levels: Int)
    case yamlTooLarge(values: Int)
    case yamlTooLargeHint
    case duplicateKey(String?, shape: Message, firstLine: Int)
    case duplicateKeyHint
    case missingFrontMatter
    case missingFrontMatterHint
    case unclosedFrontMatter
    case unclosedFrontMatterHint
    case notACollectionFolder(folder: String)
    case collectionFolders([String])
    case indexNotEntry(file: String)
    case indexNotEntryHint
    case nestedTooDeep(collection: String)
    case nestedTooDeepHint(folder: String)
    case notASlug(String)
    case renameLetters
    case renameTo(String)
    case noAltText(image: String)
    case altHintField(src: String, field: String)
    case altHintBody(src: String, decorative: String)
    case imageFieldNoAlt(field: String, label: String)
    case imageUnknownKey(key: String, field: String)
    case imageOnlySrcAlt
    case imageNoSrc(field: String, label: String)
    case imageSrcHint
    case altBlank(field: String)
    case fileUnknownKey(key: String, field: String)
    case fileTakes
    case fileNeedsFile(field: String, label: String)
    case fileNeedsFileHint
    case fileMustBeName(field: String, label: String)
    case fileNameExample(field: String)
    case fileNameNotSafe(String)
    case renameFileTo(String)
    case fileKinds(field: String, kinds: [String], label: String, found: String)
    case allowedExtensions([String])
    case fileNotBundle(String)
    case fileNotBundleHint(String)

    // MARK: Attached files (Attachments)
    case fileContentMismatch(file: String, ext: String, isImage: Bool, type: String)
    case fileReallyIs(kind: String?, ext: String)
    case saveAgainAs(String)
    case fileTooLarge(file: String, size: String, limit: String, field: String)
    case fileTooLargeHint
    case pdfNotSearchable(file: String, reason: PDFProblem)
    case pdfNotSearchableHint
    case fileSymlink(String)
    case putFileAt(String)
    case putFileItselfAt(String)
    case fileUnreadable(String)
    case checkPermissions
    case fileNotThere(file: String, inBundle: Bool, sitePath: String)
    case filesThere([String])
    case imageUnreadableFile(String)
    case imageTooLarge(path: String, width: Int, height: Int, limit: Int)
    case imageTooLargeHint
    case imageMismatch(path: String, expected: String, found: String?)
    case imageMismatchHint(found: String?)
    case imageCannotDecode(path: String, reason: String)
    case imageCannotDecodeHint
    case unknownCollection(String)
    case collectionsAre(guess: String?, names: [String])
    case titleWithoutLetters(String)

    /// Why a PDF's text cannot be read; `unreadable` carries poppler's own words.
    public enum PDFProblem: Sendable, Hashable { case encrypted, noText, unreadable(String) }

    // MARK: Front matter fields (Content)
    case frontMatterNotMapping(found: Message)
    case fieldNotMapping(field: String, found: Message)
    case unknownField(String)
    case fieldsAllowed([String])
    case missingField(field: String, label: String, unless: [[String]])
    /// `field: example`, to add.
    case addLine(field: String, example: Message)
    case fieldMust(field: String, label: String, expected: Message, found: Message)
    case emptyItem(index: Int, field: String)
    case emptyItemHint
    case blankField(field: String, label: String)
    case blankRequiredHint
    case blankOptionalHint
    case unfilledField(field: String, label: String)
    case unfilledHint(placeholder: String, expected: Message, field: String, example: Message)
    case writeList(field: String, item: Message)
    /// Sample values inside hints (`Placeholder.example`), in the language of the hint: an
    /// entry of a collection (a ref), a date that may have a time, a list of one, a mapping.
    case sampleEntry(collection: String)
    case sampleDateOrTime
    case sampleList(Message)
    case sampleMapping(keys: [String], values: [Message])
    case expectList, expectMapping, expectText, expectURL, expectEmail, expectDate, expectDateOrTime, expectDateTime
    case expectInteger, expectNumber, expectCents, expectMoney, expectBoolean, expectFile, expectImage, expectIndicator
    case expectOneOf([String])
    case expectPattern(String)
    case expectListAtLeast(Int), expectListAtMost(Int)
    case expectLengthAtLeast(Int), expectLengthAtMost(Int)
    case expectAtLeast(String), expectAtMost(String)
    case expectDateFrom(String), expectDateUntil(String)
    case expectNotBefore(field: String, value: String), expectNotAfter(field: String, value: String)
    case expectNotAbove(field: String, value: String)
    case forExample(String)
    case matchPattern(String)
    case shortenBy(Int)
    case addTime(String)
    case writeDates
    case noSuchMonth(Int)
    case monthDays(month: Int, year: Int, days: Int)
    case twoDigits(String)
    case decimalPoint(String)
    case removeQuotes
    case writeMoney
    case writeBoolean(field: String, value: String)
    case writeTrueFalse
    case writeValueFor(value: String, label: String)
    case allowedValues([String])

    // MARK: Checks across files and links (Checks)
    case duplicateUnique(value: String, field: String, first: String)
    case duplicateUniqueHint(collection: String, field: String)
    case missingRef(field: String, slug: String, collection: String)
    case missingRefHint(folder: String)
    case termWithoutLetters(String)
    case termWithoutLettersHint
    case termsShareURL(term: String, other: String, otherAt: String, slug: String)
    case writeTermAs(String)
    case notATerm(term: String, taxonomy: String, name: String)
    case termsAre(guess: String?, terms: [String], taxonomy: String)
    case linkNotContent(String)
    case linkNotContentHint
    case linkToSymlink(url: String, symlink: String)
    case copyFileHint
    case linkMissingPage(String)
    case linkExistingPage
    case addSlash(String)

    // MARK: URL collisions (Checks): what makes a file of the output, and the collisions
    case claimHome, claim404, claimSitemap, claimSearchPage, claimSearchIndex, claimSiteFeed
    case claimList(Message), claimListPages(Message), claimFeed(Message), claimCalendar(Message), claimExport(Message)
    case claimAPI(Message), claimTaxonomyIndex(Message)
    case claimTermPage(term: String, taxonomy: String), claimTermPages(term: String), claimEntryCalendar(String)
    case claimAt(Message, location: String)
    case fixRename(String), fixSetting(owner: Message, key: String), fixFeeds, fixAPI
    case eitherOr([Message])
    case renameOneOfTwo
    case bothMapTo(claim: Message, other: Message, url: String)
    case fileWhereFolder(claim: Message, path: String, other: Message)
    case inFolderOf(claim: Message, url: String, folder: String, other: Message)
    case folderWhereFile(claim: Message, folder: String, other: Message)
    case linkMissingHeading(fragment: String, url: String)
    case noHeadings
    case headings([String])
    case linkNotInBundle(String)
    case putFileBeside(String)
    case bundleFiles([String])
    case imageNotImage(field: String, src: String)
    case imageKinds
    case imageSymlink(field: String, symlink: String)
    case copyImageHint
    case imageMissing(field: String, src: String, url: String)
    case putImageBeside(String)

    // MARK: site.yml (Config)
    case notAMapping(context: Message, found: Message)
    case mustBeText(key: String, context: Message, found: Message)
    case mustBeBool(key: String, context: Message, found: Message)
    case writeBool(String)
    case mustBeInteger(key: String, context: Message, found: Message)
    case missingKey(key: String, context: Message)
    case addKey(key: String, context: Message)
    case unknownKey(key: String, context: Message)
    case mustBeTimeZone(key: String, context: Message, found: String)
    case timeZoneExample(String)
    case mustBeLanguage(key: String, context: Message, found: String)
    case languageHint
    case mustBeSiteURL(key: String, context: Message)
    case siteURLExample(String)
    case contextSiteYML
    case contextKey(String)
    case contextCollection(String)
    case contextView(String)
    case contextField(field: String, of: Message)
    case contextOf(key: String, of: Message)
    case contextItems(of: Message)
    case contextTaxonomy(String)
    case contextMenuItem
    case taxonomiesNotMapping, labelsMap, menuList
    case collectionsNotMapping, viewsNotMapping
    case fieldsNotMapping(context: Message)
    case countsForms
    case atLeastOne(String)
    case feedLimit
    case mustBeNumber(String)
    case fieldNameList(String)
    case filterMap, requiredUnlessMap, valuesMap, badPattern, taxonomyValue, timeValue, collectionName
    case typeNeeds(type: String, key: String)
    case longForm(String)
    case unknownType(String)
    case boundDate(String)
    case boundNotApplicable(String)
    case templateMissing(String)
    case unknownFileKind(String)
    case fileKindsAre([String])
    case kindsEmpty, maxSizeValue, keepList, keepExample, alarmDays
    case contentFolder(key: String, context: Message)
    case contentFolderExample(String)
    case exportNoFile(context: Message)
    case exportExample
    case feedWithoutDate(context: Message)
    case feedWithoutDateHint(context: Message)

    // MARK: Building (Build)
    case outputHoldsSources(String)
    case outputHoldsSourcesHint
    case cacheInSources(String)
    case cacheInSourcesHint
    case cannotWriteSite(folder: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case unknownTimeZone(String)
    case nowFlag(String)
    case sourceDateEpoch(String)
    case samePath(collection: String, path: String, other: String)
    case giveAnotherPath
    case sortsByUnknown(collection: String, field: String)
    case noTitleField(collection: String)
    case addTitleField
    case builtInField(field: String, collection: String)
    case builtInFieldHint
    case viewUnknownCollection(view: String, collection: String)
    case unknownPath(key: String, view: String?, path: String, collection: String)
    case ruleUnknownField(field: String, rule: String, target: String, head: String)
    case requiredUnlessUnknown(field: String, name: String)
    case notTaxonomyType(field: String)
    case notUniqueType(field: String)
    case refUnknownCollection(field: String, target: String)
    case exportSortNotField(context: Message, sort: String)
    case templateNoField(path: String, context: Message)
    case keyNamesNoField(key: String, context: Message, path: String)
}

extension Message {
    /// The message in `language`, from that language's catalogue.
    public func text(_ language: Language) -> String {
        switch language {
        case .en: english
        case .lt: lithuanian
        }
    }
}

extension Message: CustomStringConvertible {
    /// English, so that a message written into a plain `String` reads as it did before keys.
    public var description: String { english }
}
