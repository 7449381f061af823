// The English catalogue: every message, for a site whose language is not Lithuanian.
// Names are quoted 'so'; the words are a reader's, not a programmer's (see docs/architecture.md).
extension Message {
    var english: String {
        switch self {
        case .verbatim(let text): text
        case .joined(let parts): parts.map(\.english).joined(separator: "; ")
        case .datasets(let message): message.english
        case .indicators(let message): message.english
        case .command(let message): message.english
        case .outputs(let message): message.english
        case .templates(let message): message.english

        // Words used inside other messages
        case .hintLabel: "hint:"
        case .didYouMean(let name): "did you mean '\(name)'?"
        case .known(let noun, let names): "known \(Self.noun(noun)): \(names.joined(separator: ", "))"
        case .shapeEmpty: "an empty value"
        case .shapeBool: "true/false"
        case .shapeInteger: "a whole number"
        case .shapeNumber: "a number"
        case .shapeText: "text"
        case .shapeList: "a list"
        case .shapeMapping: "a mapping"
        case .quoted(let text): "'\(text)'"
        case .characters(let n): "\(n) characters"
        case .items(let n): "\(n)"

        // Reading files
        case .notUTF8(let byte, let offset): "file is not valid UTF-8 (byte 0x\(byte) at offset \(offset))"
        case .notUTF8Hint: "save the file with UTF-8 encoding (most editors offer it under 'Save as' or 'Encoding')"
        case .nulByte(let offset): "file holds a NUL byte (byte 0x0 at offset \(offset)): it is damaged or not a text file"
        case .nulByteHint: "open the file in a text editor and remove the invisible character, or restore it from git"
        case .cannotReadSiteYML(let folder): "cannot read site.yml in \(folder)"
        case .cannotReadSiteYMLHint: "run the command in the site folder, or name it with --site DIR"
        case .cannotReadFile(let path, let reason): "cannot read \(path): \(reason)"
        case .cannotReadFolder(let path, let reason): "cannot read the folder \(path): \(reason)"
        case .unreadableFile(let path): "cannot read \(path): it is there, but not a file this user may read"
        case .yamlParserInit: "cannot initialise the YAML parser"
        case .yamlSyntax(let problem, let context, let line):
            "YAML syntax error: " + problem + (context.map { " (\($0) at line \(line ?? 0))" } ?? "")
        case .yamlInvisible(let problem, let character): "YAML syntax error: \(problem)" + (character.isEmpty ? "" : " (U+\(character))")
        case .yamlInvisibleHint: "delete the invisible character here, or write it as an escape in a double-quoted string"
        case .yamlUnclosedQuoteHint: "close the quote: a value that starts with a quote must end with the same quote"
        case .yamlTabs: "indent with spaces, not tabs"
        case .yamlIndentedKey: "this key is indented more than the key above it: keys of one mapping start in the same column"
        case .yamlQuoteColon: "a value that contains ': ' must be quoted, e.g. title: \"Skaitymas: nauji būdai\""
        case .yamlIndentation: "check the indentation: keys of one mapping must start in the same column"
        case .yamlSpecialCharacter: "quote values that start with '@', '`', '%' or other special characters"
        case .yamlCheckNear: "check quoting and indentation near this position"
        case .yamlDocuments(let count): "expected one YAML document, found \(count)"
        case .yamlDocumentsHint: "remove the extra '---' or '...' line"
        case .yamlUnknownAlias(let name): "unknown alias '*\(name)'"
        case .yamlUnknownAliasHint(let name): "define '&\(name)' before using it"
        case .yamlTooDeep(let levels): "YAML nesting deeper than \(levels) levels"
        case .yamlTooLarge(let values): "YAML document expands to more than \(values) values"
        case .yamlTooLargeHint: "aliases ('*name') that repeat large anchors multiply the document; write the values out"
        case .duplicateKey(let key, let shape, let line):
            "duplicate key\(key.map { " '\($0)'" } ?? ": \(shape.english)") (first defined at line \(line))"
        case .duplicateKeyHint: "remove one of the two, or merge their values"
        case .missingFrontMatter: "missing front matter: the file must start with a line '---'"
        case .missingFrontMatterHint: "start the file with '---', then the fields (title: …), then another '---' line"
        case .unclosedFrontMatter: "front matter is not closed: no '---' line after the fields"
        case .unclosedFrontMatterHint: "add a line '---' after the last field, before the text"
        case .notACollectionFolder(let folder): "folder 'content/\(folder)' is not the folder of any collection in site.yml"
        case .collectionFolders(let folders):
            "collection folders: \(folders.joined(separator: ", ")); or declare the collection in site.yml"
        case .indexNotEntry(let file): "'\(file)' is not an entry: entries need their own file name"
        case .indexNotEntryHint: "put the collection's introduction in site.yml as its 'description'"
        case .nestedTooDeep(let collection): "content file is nested too deep for collection '\(collection)'"
        case .nestedTooDeepHint(let folder): "use content/\(folder)/<slug>.md or content/\(folder)/<slug>/index.md"
        case .notASlug(let slug): "file name '\(slug)' is not a URL slug (lowercase ASCII letters, digits and '-')"
        case .renameLetters: "rename the file using letters a–z"
        case .renameTo(let name): "rename it to '\(name)'"
        case .noAltText(let image): "image '\(image)' has no alt text"
        case .altHintField(let src, let field):
            "describe what the image shows: \(field): {src: \(src), alt: \"…\"}; for a purely decorative image write alt: \"\""
        case .altHintBody(let src, let decorative):
            "describe what the image shows: ![…](\(src)); for a purely decorative image write ![](\(src) \"\(decorative)\")"
        case .imageFieldNoAlt(let field, let label): "image '\(field)' has no alt text (\(label))"
        case .imageUnknownKey(let key, let field): "unknown key '\(key)' in image '\(field)'"
        case .imageOnlySrcAlt: "an image has only src and alt"
        case .imageNoSrc(let field, let label): "image '\(field)' names no file in 'src' (\(label))"
        case .imageSrcHint: "write src: nuotrauka.jpg, a file beside the entry"
        case .altBlank(let field): "alt text of image '\(field)' is blank"
        case .fileUnknownKey(let key, let field): "unknown key '\(key)' in file field '\(field)'"
        case .fileTakes: "a file takes 'file' and 'title'"
        case .fileNeedsFile(let field, let label): "file field '\(field)' needs 'file' (\(label))"
        case .fileNeedsFileHint: "write e.g. {file: dokumentas.pdf, title: Dokumentas}"
        case .fileMustBeName(let field, let label): "field '\(field)' must be a file name (\(label))"
        case .fileNameExample(let field): "write e.g. \(field): dokumentas.pdf"
        case .fileNameNotSafe(let name): "file name '\(name)' is not URL-safe (lowercase ASCII letters, digits, '-', '_' and '.')"
        case .renameFileTo(let name): "rename the file to '\(name)' and write that name here"
        case .fileKinds(let field, let kinds, let label, let found):
            "field '\(field)' accepts \(kinds.joined(separator: ", ")) files (\(label)); found '\(found)'"
        case .allowedExtensions(let extensions): "allowed extensions: " + extensions.map { "." + $0 }.joined(separator: ", ")
        case .fileNotBundle(let written): "file '\(written)' is named relative to the entry, which is not a bundle"
        case .fileNotBundleHint(let path):
            "move the entry to \(path) and put the file beside it, or write a path under static/ starting with '/'"


        // Front matter fields
        case .frontMatterNotMapping(let found): "the front matter must be a mapping of 'key: value' lines; found \(found.english)"
        case .fieldNotMapping(let field, let found): "'\(field)' must be a mapping of 'key: value' lines; found \(found.english)"
        case .unknownField(let field): "unknown field '\(field)'"
        case .fieldsAllowed(let names): "fields allowed here: \(names.joined(separator: ", "))"
        case .missingField(let field, let label, let unless):
            "missing required field '\(field)' (\(label))" + (unless.isEmpty ? "" : " (required unless " + unless.map { "\($0[0]) is \($0[1])" }.joined(separator: " and ") + ")")
        case .addLine(let line): "add a line '\(line)'"
        case .fieldMust(let field, let label, let expected, let found):
            "field '\(field)' must \(expected.isRule ? "" : "be ")\(expected.english) (\(label)); found \(found.english)"
        case .emptyItem(let index, let field): "item \(index) of field '\(field)' is empty"
        case .emptyItemHint: "remove the empty '-' line"
        case .blankField(let field, let label): "field '\(field)' is empty (\(label))"
        case .blankRequiredHint: "write the value between the quotes: the field is required"
        case .blankOptionalHint: "write the value between the quotes, or remove the line: the field is optional"
        case .unfilledField(let field, let label): "field '\(field)' is not filled in yet (\(label)): užpildykite"
        case .unfilledHint(let placeholder, let expected, let example):
            "replace \(placeholder) with \(expected.english), e.g. \(example)"
        case .writeList(let example): "write a list, e.g. \(example)"
        case .expectList: "a list"
        case .expectMapping: "a mapping of 'key: value' lines"
        case .expectText: "text"
        case .expectURL: "a web address starting with https:// or http://"
        case .expectEmail: "an e-mail address"
        case .expectDate: "a date written as YYYY-MM-DD"
        case .expectDateOrTime: "a date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM)"
        case .expectDateTime: "a date and time written as YYYY-MM-DDTHH:MM"
        case .expectInteger: "a whole number"
        case .expectNumber: "a number"
        case .expectCents: "an amount in euros with at most 2 decimal places (cents)"
        case .expectMoney: "an amount in euros written as a plain number"
        case .expectBoolean: "true or false"
        case .expectFile: "a file name, or {file: name, title: text}"
        case .expectImage: "an image with its alt text: {src: nuotrauka.jpg, alt: \"…\"}"
        case .expectIndicator: "a list of indicators: - {name: …, unit: …, target: 10, actual: 8}"
        case .expectOneOf(let keys): "one of \(keys.joined(separator: ", "))"
        case .expectPattern(let pattern): "text matching \(pattern)"
        case .expectListAtLeast(let n): "a list of at least \(n) items"
        case .expectListAtMost(let n): "a list of at most \(n) items"
        case .expectLengthAtLeast(let n): "at least \(n) characters long"
        case .expectLengthAtMost(let n): "at most \(n) characters long"
        case .expectAtLeast(let n): "at least \(n)"
        case .expectAtMost(let n): "at most \(n)"
        case .expectDateFrom(let date): "a date on or after \(date)"
        case .expectDateUntil(let date): "a date on or before \(date)"
        case .expectNotBefore(let field, let value): "not be before '\(field)' (\(value))"
        case .expectNotAfter(let field, let value): "not be after '\(field)' (\(value))"
        case .expectNotAbove(let field, let value): "be at most '\(field)' (\(value))"
        case .forExample(let example): "for example: \(example)"
        case .matchPattern(let pattern): "the value must match \(pattern)"
        case .shortenBy(let n): "shorten the text by \(n) characters"
        case .addTime(let example): "add the time of day, e.g. \(example)"
        case .writeDates: "write dates as YYYY-MM-DD, e.g. 2026-11-28"
        case .noSuchMonth(let month): "there is no month \(month); months are 01–12"
        case .monthDays(let month, let year, let days): "\(Self.englishMonths[month - 1]) \(year) has \(days) days"
        case .twoDigits(let example): "write the date with two-digit month and day, e.g. \(example)"
        case .decimalPoint(let example): "use a decimal point, not a comma: \(example)"
        case .removeQuotes: "remove the quotes around the number"
        case .writeMoney: "write e.g. 12500.50 (no spaces, no €, a decimal point)"
        case .writeBoolean(let field, let value): "write \(field): \(value)"
        case .writeTrueFalse: "write true or false"
        case .writeValueFor(let value, let label): "write '\(value)' (the value for '\(label)')"
        case .allowedValues(let values): "allowed values: \(values.joined(separator: ", "))"

        // Checks across files and links
        case .duplicateUnique(let value, let field, let first):
            "duplicate value '\(value)' of unique field '\(field)': already used in \(first)"
        case .duplicateUniqueHint(let collection, let field): "every entry of '\(collection)' needs its own '\(field)'"
        case .missingRef(let field, let slug, let collection):
            "field '\(field)' refers to '\(slug)', but collection '\(collection)' has no such entry"
        case .missingRefHint(let folder): "write the file name (without .md) of an entry in content/\(folder)/"
        case .termWithoutLetters(let term): "term '\(term)' has no letters or digits for its URL"
        case .termWithoutLettersHint: "write the term with letters"
        case .termsShareURL(let term, let other, let otherAt, let slug):
            "term '\(term)' and term '\(other)' (\(otherAt)) would share the URL of '\(slug)'"
        case .writeTermAs(let term): "write the term exactly as '\(term)'"
        case .notATerm(let term, let taxonomy, let name): "'\(term)' is not a term of '\(taxonomy)' (taxonomy '\(name)')"
        case .termsAre(let guess, let terms, let taxonomy):
            (guess.map { "did you mean '\($0)'? " } ?? "") + "the terms are: " + terms.joined(separator: ", ")
                + "; a new term is added to 'labels' of taxonomy '\(taxonomy)' in site.yml"
        case .linkNotContent(let path): "link to '\(path)', which is not a content file"
        case .linkNotContentHint: "link to an existing .md file relative to this one, or to a site path like /projektai/"
        case .linkToSymlink(let url, let symlink): "link to '\(url)': \(symlink) is a symbolic link, which the build never follows"
        case .copyFileHint: "copy the file itself into the entry's folder"
        case .linkMissingPage(let url): "link to a missing page '\(url)'"
        case .linkExistingPage: "link to a page that exists, e.g. a collection path like /projektai/"
        case .addSlash(let url): "write '\(url)' (page addresses end with '/')"
        case .claimHome: "the home page"
        case .claim404: "the page for missing pages (404.html)"
        case .claimSitemap: "the sitemap"
        case .claimSearchPage: "the search page"
        case .claimSearchIndex: "the search index"
        case .claimSiteFeed: "the site-wide feed"
        case .claimList(let owner): "the list of \(owner.english)"
        case .claimListPages(let owner): "the list pages of \(owner.english)"
        case .claimFeed(let owner): "the feed of \(owner.english)"
        case .claimCalendar(let owner): "the calendar of \(owner.english)"
        case .claimExport(let owner): "the export of \(owner.english)"
        case .claimAPI(let owner): "the JSON API of \(owner.english)"
        case .claimTaxonomyIndex(let owner): "the index of \(owner.english)"
        case .claimTermPage(let term, let taxonomy): "the page of term '\(term)' of taxonomy '\(taxonomy)'"
        case .claimTermPages(let term): "the pages of term '\(term)'"
        case .claimEntryCalendar(let path): "the calendar of \(path) ('per_entry')"
        case .claimAt(let claim, let location): "\(claim.english) (\(location))"
        case .fixRename(let path): "rename or move \(path)"
        case .fixSetting(let owner, let key): "give \(owner.english) another '\(key)' in site.yml"
        case .fixFeeds: "give 'feeds' another 'path' in site.yml"
        case .fixAPI: "give 'api' another folder in site.yml"
        case .eitherOr(let fixes): fixes.map(\.english).joined(separator: ", or ")
        case .renameOneOfTwo: "rename or remove one of the two files"
        case .bothMapTo(let claim, let other, let url): "\(claim.english) and \(other.english) both map to the URL \(url)"
        case .fileWhereFolder(let claim, let path, let other): "\(claim.english) needs /\(path) as a file, where \(other.english) needs a folder"
        case .inFolderOf(let claim, let url, let folder, let other):
            "\(claim.english) maps to the URL \(url), in /\(folder), the folder of \(other.english)"
        case .folderWhereFile(let claim, let folder, let other):
            "\(claim.english) needs /\(folder) as a folder, where \(other.english) needs a file"
        case .linkMissingHeading(let fragment, let url): "link to a missing heading '#\(fragment)' on \(url)"
        case .noHeadings: "the page has no headings"
        case .headings(let ids): "headings: " + ids.map { "#" + $0 }.joined(separator: ", ")
        case .linkNotInBundle(let name): "link to '\(name)', which is not a file of the entry's bundle"
        case .putFileBeside(let path): "put the file beside \(path)"
        case .bundleFiles(let files): "files in the bundle: " + files.joined(separator: ", ")
        case .imageNotImage(let field, let src): "image '\(field)' names '\(src)', which is not an image file"
        case .imageKinds: "use a JPEG, PNG, WebP, GIF or SVG file"
        case .imageSymlink(let field, let symlink): "image '\(field)': \(symlink) is a symbolic link, which the build never follows"
        case .copyImageHint: "copy the image itself into the entry's folder"
        case .imageMissing(let field, let src, let url): "image '\(field)': no file '\(src)' (looked for \(url))"
        case .putImageBeside(let src):
            "put the image beside the entry: content/<collection>/<slug>/\(src), with the entry as <slug>/index.md or <slug>.md"

        // Attached files
        case .fileContentMismatch(let file, let ext, let isImage, let type):
            "file '\(file)' is not \(isImage ? "a \(ext.uppercased()) image" : "a \(ext.uppercased()) file"): its content is \(type)"
        case .fileReallyIs(let kind, let ext):
            "the file is really \(kind.map { "a \($0.uppercased()) file" } ?? "an image"); save it as \(ext.uppercased()) or rename it"
        case .saveAgainAs(let ext): "save the file again as \(ext.uppercased())"
        case .fileTooLarge(let file, let size, let limit, let field): "file '\(file)' is \(size), over the limit of \(limit) of field '\(field)'"
        case .fileTooLargeHint: "make the file smaller (e.g. save the PDF with compressed images), or raise max_size in site.yml"
        case .pdfNotSearchable(let file, let reason):
            "the text of '\(file)' cannot be searched: "
                + {
                    switch reason {
                    case .encrypted: "it is encrypted (password-protected)"
                    case .noText: "it has no text layer (a scan?)"
                    case .unreadable(let detail): "poppler cannot read it (\(detail))"
                    }
                }()
        case .pdfNotSearchableHint: "the file is listed, but search will not find words inside it; save it as a PDF with text"
        case .fileSymlink(let file): "file '\(file)' is a symbolic link, which is never followed"
        case .putFileAt(let path): "put the file at \(path)"
        case .putFileItselfAt(let path): "put the file itself at \(path)"
        case .fileUnreadable(let file): "file '\(file)' cannot be read"
        case .checkPermissions: "check the file's permissions"
        case .fileNotThere(let file, let inBundle, let sitePath):
            "file '\(file)' is not \(inBundle ? "in the entry's bundle" : "under static/") (\(sitePath))"
        case .filesThere(let files): "files there: " + files.joined(separator: ", ")
        case .imageUnreadableFile(let path): "cannot read image \(path)"
        case .imageTooLarge(let path, let w, let h, let limit):
            "\(path): image is \(w)×\(h) pixels (\(String(format: "%.1f", Double(w) * Double(h) / 1_000_000)) megapixels); at most \(limit) are allowed"
        case .imageTooLargeHint: "scale the photo down (3000 pixels on the long side is plenty for the web) and save it again"
        case .imageMismatch(let path, let expected, let found):
            "\(path): file is named as \(expected) but its content is \(found.map { "a \($0) image" } ?? "not an image")"
        case .imageMismatchHint(let found):
            found.map { "save it again as the format its name says, or rename it to the right extension (.\($0.lowercased()))" }
                ?? "replace the file with the real image"
        case .imageCannotDecode(let path, let reason): "\(path): image cannot be read: \(reason)"
        case .imageCannotDecodeHint: "open the image in an editor and save it again as JPEG or PNG"
        case .unknownCollection(let name): "unknown collection '\(name)'"
        case .collectionsAre(let guess, let names): (guess.map { "did you mean '\($0)'? " } ?? "") + "collections: \(names.joined(separator: ", "))"
        case .titleWithoutLetters(let title): "the title '\(title)' has no letters or digits for a file name"

        // site.yml
        case .notAMapping(let context, let found): "\(context.english) must be a mapping of 'key: value' lines; found \(found.english)"
        case .mustBeText(let key, let context, let found): "'\(key)' in \(context.english) must be text; found \(found.english)"
        case .mustBeBool(let key, let context, let found): "'\(key)' in \(context.english) must be true or false; found \(found.english)"
        case .writeBool(let key): "write \(key): true or \(key): false"
        case .mustBeInteger(let key, let context, let found):
            "'\(key)' in \(context.english) must be a whole number; found \(found.english)"
        case .missingKey(let key, let context): "\(context.english) is missing '\(key)'"
        case .addKey(let key, let context): "add '\(key): …' to \(context.english)"
        case .unknownKey(let key, let context): "unknown key '\(key)' in \(context.english)"
        case .mustBeTimeZone(let key, let context, let found):
            "'\(key)' in \(context.english) must be an IANA time zone name; found '\(found)'"
        case .timeZoneExample(let key): "e.g. \(key): Europe/Vilnius"
        case .mustBeLanguage(let key, let context, let found):
            "'\(key)' in \(context.english) must be a language tag such as lt or en; found '\(found)'"
        case .languageHint: "write lt for Lithuanian, en for English"
        case .mustBeSiteURL(let key, let context): "'\(key)' in \(context.english) must be an absolute http or https address of the site"
        case .siteURLExample(let key): "e.g. \(key): https://biblioteka.lt/"
        case .contextSiteYML: "site.yml"
        case .contextKey(let key): "'\(key)'"
        case .contextCollection(let name): "collection '\(name)'"
        case .contextView(let name): "view '\(name)'"
        case .contextField(let field, let of): "field '\(field)' of \(of.english)"
        case .contextOf(let key, let of): "'\(key)' of \(of.english)"
        case .contextItems(let of): "the items of \(of.english)"
        case .contextTaxonomy(let name): "taxonomy '\(name)'"
        case .contextMenuItem: "a 'menu' item"
        case .taxonomiesNotMapping: "'taxonomies' must be a mapping of taxonomy names to settings"
        case .labelsMap: "'labels' must map terms to their display names"
        case .menuList: "'menu' must be a list of {title, path} items"
        case .collectionsNotMapping: "'collections' must be a mapping of collection names to their settings"
        case .viewsNotMapping: "'views' must be a mapping of view names to settings"
        case .fieldsNotMapping(let context): "'fields' of \(context.english) must be a mapping of field names to their settings"
        case .countsForms: "'counts' must list the forms one, few and other"
        case .atLeastOne(let key): "'\(key)' must be at least 1"
        case .feedLimit: "'limit' of 'feeds' must be at least 1"
        case .mustBeNumber(let key): "'\(key)' must be a number"
        case .fieldNameList(let key): "'\(key)' must be a list of field names, e.g. [status, funder]"
        case .filterMap: "'filter' must map fields to values, e.g. {timeline: open}"
        case .requiredUnlessMap: "'required_unless' must map a field to a value, e.g. {mode: online}"
        case .valuesMap: "'values' must map each allowed value to its label, e.g. {county: Apskrities}"
        case .badPattern: "'pattern' is not a valid regular expression"
        case .taxonomyValue: "'taxonomy' must be true or the name of a taxonomy"
        case .timeValue: "'time' must be 'optional' or 'none'"
        case .collectionName: "'collection' must name a collection"
        case .typeNeeds(let type, let key): "a field of type '\(type)' needs '\(key)'"
        case .longForm(let example): "write it in the long form, e.g. \(example)"
        case .unknownType(let type): "unknown field type '\(type)'"
        case .boundDate(let key): "'\(key)' of a date field must be a date (YYYY-MM-DD)"
        case .boundNotApplicable(let key): "'\(key)' does not apply to this field's type"
        case .templateMissing(let name): "template \"\(name)\" does not exist"
        case .unknownFileKind(let name): "unknown file kind '\(name)'"
        case .fileKindsAre(let kinds): "kinds: " + kinds.joined(separator: ", ")
        case .kindsEmpty: "'kinds' must list at least one kind, e.g. [pdf]"
        case .maxSizeValue: "'max_size' must be a size such as 20 MB, 500 KB or a number of bytes"
        case .keepList: "'keep' must be a list of globs relative to the output folder"
        case .keepExample: "e.g. keep: [CNAME, .nojekyll, \".well-known/**\"]"
        case .alarmDays: "'alarm_days' must be 0 or more"
        case .contentFolder(let key, let context): "'\(key)' in \(context.english) must name a folder directly under content/"
        case .contentFolderExample(let key): "e.g. \(key): projektai, for content/projektai/"
        case .exportNoFile(let context): "'export' of \(context.english) names no file"
        case .exportExample: "e.g. export: {csv: registras.csv, json: registras.json}"
        case .feedWithoutDate(let context): "\(context.english) has 'feed: true' but no 'date' to order its feed by"
        case .feedWithoutDateHint(let context): "add 'date: <field>' to \(context.english), or remove 'feed'"
        case .outputHoldsSources(let path): "refusing to write the site into \(path): it holds the site's sources"
        case .outputHoldsSourcesHint: "choose an output folder of its own, e.g. --output public"
        case .cacheInSources(let path): "refusing to keep the cache in \(path): the build reads or publishes that folder"
        case .cacheInSourcesHint: "give the cache a folder of its own, e.g. --cache-dir ../zinynas-cache"
        case .cannotWriteSite(let folder, let reason): "cannot write the site to \(folder): \(reason)"
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        case .unknownTimeZone(let zone): "unknown time zone '\(zone)' in site.yml"
        case .nowFlag(let flag): "--now must be a date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM); found '\(flag)'"
        case .sourceDateEpoch(let value): "SOURCE_DATE_EPOCH must be whole seconds since 1970; found '\(value)'"
        case .samePath(let collection, let path, let other): "collection '\(collection)' has the same path \(path) as collection '\(other)'"
        case .giveAnotherPath: "give one of them another 'path'"
        case .sortsByUnknown(let collection, let field): "collection '\(collection)' sorts by '\(field)', which is not one of its fields"
        case .noTitleField(let collection): "collection '\(collection)' has no 'title' field; every entry needs a title"
        case .addTitleField: "add 'title: {type: string, required: true, label: Pavadinimas}'"
        case .builtInField(let field, let collection): "field '\(field)' of collection '\(collection)' is built in: every entry may set it"
        case .builtInFieldHint: "remove it from 'fields', or give your field another name"
        case .viewUnknownCollection(let view, let collection): "view '\(view)' lists collection '\(collection)', which is not declared"
        case .unknownPath(let key, let view, let path, let collection):
            "'\(key)'\(view.map { " of view '\($0)'" } ?? "") names '\(path)', which is not a field of collection '\(collection)'"
        case .ruleUnknownField(let field, let rule, let target, let head):
            "field '\(field)' has '\(rule): \(target)', but there is no field '\(head)' beside it"
        case .requiredUnlessUnknown(let field, let name): "field '\(field)' has 'required_unless' on '\(name)', which is not a field beside it"
        case .notTaxonomyType(let field): "field '\(field)' cannot be a taxonomy: only text, enum fields and lists of them have terms"
        case .notUniqueType(let field): "field '\(field)' cannot be unique: only single values can"
        case .refUnknownCollection(let field, let target): "field '\(field)' refers to collection '\(target)', which is not declared"
        case .exportSortNotField(let context, let sort):
            "'sort' of the export of \(context.english) names '\(sort)', which is not one of its fields"
        case .templateNoField(let path, let context): "{\(path)} in \(context.english) names no field here"
        case .keyNamesNoField(let key, let context, let path): "'\(key)' of \(context.english) names '\(path)', which is not a field there"
        }
    }
}
