import Foundation

/// Everything that can stop a workbook from being read, each with its context: the file, and the
/// part, sheet and cell where known.
///
/// `file` is the name shown to the user (usually the path relative to the input folder),
/// `part` the ZIP entry inside the workbook. Like GRDB's `DatabaseError`, the library speaks
/// English (`description`, `detail`) and carries the facts as values; the application decides
/// the sentence a person reads (the certification domain words it in Japanese).
public enum ReaderError: Error, Equatable, Sendable {
    /// The file could not be opened or read from disk: not found, no permission, a folder, or not
    /// a regular file. `code` is the errno (`EISDIR` for a folder); nil when the path is neither
    /// a regular file nor a folder (a named pipe or device would block or never end). `detail`
    /// keeps the system's own text (`strerror`) or the file's mode.
    case unreadableFile(file: String, code: Int32?, operation: FileOperation, detail: String? = nil)
    /// The file has zero bytes.
    case emptyFile(file: String)
    /// A CFB (OLE2) container holding an encrypted OOXML package: a password-protected workbook.
    case passwordProtected(file: String)
    /// A CFB (OLE2) container that is not encrypted OOXML: a legacy `.xls` workbook (or another Office file).
    case legacyBinaryWorkbook(file: String)
    /// Neither a ZIP nor a CFB container.
    case notXLSX(file: String)
    /// The ZIP container is cut short or damaged (no central directory, bad offsets, bad CRC).
    case brokenArchive(file: String, damage: ArchiveDamage)
    /// A ZIP entry uses encryption or a compression method other than stored/deflate.
    case unsupportedEntry(file: String, part: String, feature: UnsupportedFeature)
    /// Two ZIP entries share a name (compared case-insensitively, `\` as `/`).
    case duplicateEntry(file: String, part: String)
    /// More entries, or more inflated bytes, than the safety caps allow (a ZIP bomb or a runaway file).
    case limitExceeded(file: String, part: String, limit: SafetyLimit)
    /// A required part is missing (for example `_rels/.rels` or the workbook part). `role` says
    /// what it was needed for when the part name alone does not.
    case missingPart(file: String, part: String, role: PartRole? = nil)
    /// A part's XML is malformed or truncated. `detail` is libxml2's own text.
    case malformedXML(file: String, part: String, line: Int, detail: String)
    /// A part contains a DOCTYPE; OOXML never does, so this is refused (XXE, entity expansion).
    case forbiddenDoctype(file: String, part: String)
    /// A cell refers to a shared string that does not exist.
    case sharedStringOutOfRange(file: String, sheet: String, cell: String, index: Int, count: Int)
    /// The requested sheet does not exist in the workbook.
    case noSuchSheet(file: String, sheet: String)
    /// A row or cell position past Excel's sheet limits (1,048,576 rows, 16,384 columns: the last
    /// cell is XFD1048576), written in an `r` attribute or reached by positions without `r`.
    case outOfSheetLimits(file: String, sheet: String, position: SheetPosition)
    /// A `t="d"` cell whose ISO 8601 date lies outside the years 1–9999 (Excel's calendar ends
    /// at 9999-12-31; larger years do not fit date arithmetic).
    case dateOutOfRange(file: String, sheet: String, cell: String, text: String)

    /// What was being done when the system refused the file.
    public enum FileOperation: Equatable, Sendable {
        /// `open(2)` or `fstat(2)`.
        case opening
        /// `pread(2)`.
        case reading
    }

    /// How a ZIP container is damaged. Part names are the entry names as written.
    public enum ArchiveDamage: Equatable, Sendable, CustomStringConvertible {
        /// The file is shorter than an end-of-central-directory record (22 bytes).
        case tooShortForEndRecord
        /// No end-of-central-directory record in the last 64 KiB.
        case endRecordNotFound
        /// The classic record says ZIP64, but the ZIP64 locator is not there.
        case zip64LocatorNotFound
        /// The ZIP64 locator points outside the file.
        case zip64EndRecordOutOfBounds
        /// The ZIP64 end record has a wrong signature.
        case zip64EndRecordInvalid
        /// The central directory's offset or size lies outside the file (or past 64 MiB).
        case centralDirectoryOutOfBounds
        /// A central directory entry is cut short or has a wrong signature.
        case centralDirectoryDamaged
        /// An entry's local header lies outside the file.
        case entryOutOfBounds(part: String)
        /// An entry's local header has a wrong signature.
        case localHeaderDamaged(part: String)
        /// An entry's data runs past the end of the file.
        case entryTruncated(part: String)
        /// zlib could not be set up for inflating.
        case inflaterSetupFailed
        /// A deflate stream ended before its end marker.
        case compressedDataTruncated(part: String)
        /// A deflate stream is invalid.
        case compressedDataDamaged(part: String)
        /// The inflated bytes do not match the entry's CRC-32.
        case checksumMismatch(part: String)
        /// A read asked for bytes past the end of the file.
        case fileTruncated

        /// What is damaged, in English.
        public var description: String {
            switch self {
            case .tooShortForEndRecord: return "too short for an end of central directory record"
            case .endRecordNotFound: return "end of central directory record not found"
            case .zip64LocatorNotFound: return "ZIP64 end of central directory locator not found"
            case .zip64EndRecordOutOfBounds: return "ZIP64 end of central directory record lies outside the file"
            case .zip64EndRecordInvalid: return "ZIP64 end of central directory record has a wrong signature"
            case .centralDirectoryOutOfBounds: return "central directory lies outside the file"
            case .centralDirectoryDamaged: return "central directory is damaged"
            case .entryOutOfBounds(let part): return "local header of \(part) lies outside the file"
            case .localHeaderDamaged(let part): return "local header of \(part) has a wrong signature"
            case .entryTruncated(let part): return "data of \(part) runs past the end of the file"
            case .inflaterSetupFailed: return "inflateInit2 failed"
            case .compressedDataTruncated(let part): return "deflate stream of \(part) ends early"
            case .compressedDataDamaged(let part): return "deflate stream of \(part) is invalid"
            case .checksumMismatch(let part): return "CRC-32 of \(part) does not match"
            case .fileTruncated: return "file ends early"
            }
        }
    }

    /// A ZIP feature the reader does not support.
    public enum UnsupportedFeature: Equatable, Sendable, CustomStringConvertible {
        /// ZIP encryption (general-purpose flag bit 0).
        case encryption
        /// A compression method other than 0 (stored) or 8 (deflate).
        case compressionMethod(UInt16)

        /// The feature, in English.
        public var description: String {
            switch self {
            case .encryption: return "ZIP encryption"
            case .compressionMethod(let method): return "compression method \(method)"
            }
        }
    }

    /// Which safety cap was passed (see `ArchiveLimits`).
    public enum SafetyLimit: Equatable, Sendable, CustomStringConvertible {
        /// The archive lists more entries than `limit`.
        case entryCount(count: Int64, limit: Int)
        /// One part inflates to more than `limit` bytes.
        case partBytes(limit: Int64)
        /// The whole workbook inflates to more than `limit` bytes.
        case totalBytes(limit: Int64)
        /// One XML text node is longer than `limit` bytes.
        case textNodeBytes(limit: Int)

        /// The cap, in English.
        public var description: String {
            switch self {
            case .entryCount(let count, let limit): return "\(count) entries, more than the limit of \(limit)"
            case .partBytes(let limit): return "part inflates to more than \(limit / 1_048_576) MiB"
            case .totalBytes(let limit): return "workbook inflates to more than \(limit / 1_048_576) MiB in total"
            case .textNodeBytes(let limit): return "a text node is longer than \(limit / 1_048_576) MiB"
            }
        }
    }

    /// What a missing part was needed for.
    public enum PartRole: Equatable, Sendable, CustomStringConvertible {
        /// The package's `officeDocument` relationship: the workbook itself.
        case workbook
        /// The relationship a listed sheet refers to.
        case sheetRelationship(sheet: String, relationshipID: String)

        /// The role, in English.
        public var description: String {
            switch self {
            case .workbook: return "the workbook part"
            case .sheetRelationship(let sheet, let id): return "relationship \(id) of sheet \"\(sheet)\""
            }
        }
    }

    /// Where on a sheet a position passed Excel's limits.
    public enum SheetPosition: Equatable, Sendable, CustomStringConvertible {
        /// A cell's `r` attribute as written (at most 32 characters, see `excerpt`).
        case cellReference(String)
        /// A row's `r` attribute as written (at most 32 characters).
        case rowNumber(String)
        /// The row reached by rows written without `r`.
        case implicitRow(Int)
        /// The cell reached by cells written without `r` in row `row`.
        case implicitCell(row: Int, column: Int)

        /// The position, in English.
        public var description: String {
            switch self {
            case .cellReference(let text): return "cell reference r=\"\(text)\""
            case .rowNumber(let text): return "row number r=\"\(text)\""
            case .implicitRow(let row): return "row \(row) (reached by rows without r)"
            case .implicitCell(let row, let column): return "row \(row), column \(column) (reached by cells without r)"
            }
        }
    }

    /// The file the error is about.
    public var file: String {
        switch self {
        case .unreadableFile(let file, _, _, _), .emptyFile(let file), .passwordProtected(let file),
            .legacyBinaryWorkbook(let file), .notXLSX(let file), .brokenArchive(let file, _),
            .unsupportedEntry(let file, _, _), .duplicateEntry(let file, _), .limitExceeded(let file, _, _),
            .missingPart(let file, _, _), .malformedXML(let file, _, _, _), .forbiddenDoctype(let file, _),
            .sharedStringOutOfRange(let file, _, _, _, _), .noSuchSheet(let file, _),
            .outOfSheetLimits(let file, _, _), .dateOutOfRange(let file, _, _, _):
            return file
        }
    }

    /// Technical detail in English (a library's text, an errno, what is damaged), for a 詳細
    /// column or a log; nil when `description` says everything.
    public var detail: String? {
        switch self {
        case .unreadableFile(_, _, _, let d):
            return d
        case .brokenArchive(_, let damage):
            return damage.description
        case .unsupportedEntry(_, _, let feature):
            return feature.description
        case .limitExceeded(_, _, let limit):
            return limit.description
        case .malformedXML(_, _, _, let d):
            return d
        default:
            return nil
        }
    }
}

extension ReaderError {
    /// At most `limit` characters of a value taken from the file, for a message (a damaged value
    /// can be a megabyte long).
    static func excerpt(_ text: String, limit: Int = 32) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }
}

extension ReaderError: CustomStringConvertible {
    /// What is wrong and where, in English (file, part, sheet, cell as they are named in the file).
    public var description: String {
        switch self {
        case .unreadableFile(let file, let code, let operation, let detail):
            let verb = operation == .opening ? "open" : "read"
            let cause: String
            switch code {
            case let code?: cause = SystemErrorText.technical(code)
            case nil: cause = "not a regular file" + (detail.map { " (\($0))" } ?? "")
            }
            return "cannot \(verb) \"\(file)\": \(cause)"
        case .emptyFile(let file):
            return "\"\(file)\" is empty (0 bytes)"
        case .passwordProtected(let file):
            return "\"\(file)\" is a password-protected (encrypted) workbook"
        case .legacyBinaryWorkbook(let file):
            return "\"\(file)\" is a legacy binary workbook (.xls or another CFB file), not .xlsx"
        case .notXLSX(let file):
            return "\"\(file)\" is not an .xlsx workbook"
        case .brokenArchive(let file, let damage):
            return "\"\(file)\" is a damaged ZIP archive: \(damage)"
        case .unsupportedEntry(let file, let part, let feature):
            return "\"\(file)\", part \(part): unsupported \(feature)"
        case .duplicateEntry(let file, let part):
            return "\"\(file)\" has more than one ZIP entry named \(part)"
        case .limitExceeded(let file, let part, let limit):
            return "\"\(file)\", part \(part): safety limit exceeded: \(limit)"
        case .missingPart(let file, let part, let role):
            return "\"\(file)\" lacks the part \(part)" + (role.map { " (\($0))" } ?? "")
        case .malformedXML(let file, let part, let line, let detail):
            return "\"\(file)\", part \(part)" + (line > 0 ? ", line \(line)" : "") + ": malformed XML: \(detail)"
        case .forbiddenDoctype(let file, let part):
            return "\"\(file)\", part \(part): a DOCTYPE declaration is not allowed"
        case .sharedStringOutOfRange(let file, let sheet, let cell, let index, let count):
            return "\"\(file)\", sheet \"\(sheet)\", cell \(cell): shared string \(index) does not exist (\(count) strings)"
        case .noSuchSheet(let file, let sheet):
            return "\"\(file)\" has no sheet \"\(sheet)\""
        case .outOfSheetLimits(let file, let sheet, let position):
            return "\"\(file)\", sheet \"\(sheet)\": \(position) lies outside the sheet (last cell XFD1048576)"
        case .dateOutOfRange(let file, let sheet, let cell, let text):
            return "\"\(file)\", sheet \"\(sheet)\", cell \(cell): date \"\(text)\" is outside the years 1-9999"
        }
    }
}
