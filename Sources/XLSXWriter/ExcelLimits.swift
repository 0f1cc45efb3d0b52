import Foundation

/// Limits that Excel or libxlsxwriter 1.1.4 impose, in one place, each with its evidence.
///
/// Lengths in "characters" are counted as UTF-16 code units (`String.utf16.count`), which is
/// what Excel counts; libxlsxwriter 1.1.4 counts UTF-8 code points (`lxw_utf8_strlen`), which is
/// never larger, so a text that passes our check also passes the library's.
enum ExcelLimits {
    /// `LXW_ROW_MAX` in worksheet.h.
    static let rows = 1_048_576
    /// `LXW_COL_MAX` in worksheet.h.
    static let columns = 16_384
    /// `LXW_SHEETNAME_MAX` in common.h.
    static let sheetName = 31
    /// `LXW_STR_MAX` (32,767) in worksheet.c; `LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED`.
    static let cellText = 32_767
    /// Excel's formula length limit (libxlsxwriter does not check it).
    static let formula = 8_192
    /// `LXW_HEADER_FOOTER_MAX` in worksheet.h (checked with `lxw_utf8_strlen`).
    static let headerFooter = 255
    /// `LXW_VALIDATION_MAX_TITLE_LENGTH` in worksheet.c ("input_title length > Excel limit of 32").
    static let validationTitle = 32
    /// `LXW_VALIDATION_MAX_STRING_LENGTH` in worksheet.c (messages and the joined list).
    static let validationText = 255
    /// `_validation_list_to_csv` in 1.1.4 joins list items into `calloc(1, 258)` (two quotes,
    /// the items with commas, NUL) after checking the length in *characters*: a Japanese list
    /// past 255 UTF-8 bytes overflows the heap. Found by disassembly and a crashing test.
    static let validationListBytes = 255
    /// `lxw_worksheet.num_validations` is a `uint8_t` in 1.1.4's worksheet.h: a 256th
    /// validation would wrap the `<dataValidations count>` attribute.
    static let validationsPerSheet = 255
    /// `LXW_BREAKS_MAX` in worksheet.h: `worksheet_set_h_pagebreaks` silently keeps only the
    /// first 1023 breaks of a longer list.
    static let pageBreaks = 1023
    /// `char name[LXW_DEFINED_NAME_LENGTH]` / `formula[...]` (128) in workbook.h, filled with
    /// `snprintf`: longer names are cut silently, even mid-kanji. Counted in UTF-8 bytes.
    static let definedNameBytes = 127
    /// `char font_name[LXW_FORMAT_FIELD_LEN]` / `num_format[...]` (128) in format.h, filled
    /// with `strncpy`: cut silently. Counted in UTF-8 bytes.
    static let formatFieldBytes = 127
    /// "parameter 'name' exceeds Excel length limit of 255" (workbook_set_custom_property_*).
    static let customProperty = 255
    /// Excel's hyperlink limit; 1.1.4 checks `max_url_length` = 2079.
    static let url = 2_079
    /// Excel's limit for a sheet protection password.
    static let password = 255
    /// `LXW_MIN_FONT_SIZE` / `LXW_MAX_FONT_SIZE` in format.h.
    static let fontSize = 1.0...409.0
    /// Excel's column width and row height limits.
    static let columnWidth = 0.0...255.0
    static let rowHeight = 0.0...409.0
    /// `worksheet_set_zoom`: 10 <= zoom <= 400.
    static let zoom = 10...400
    /// `worksheet_set_print_scale`: 10 <= scale <= 400.
    static let printScale = 10...400
    /// Excel's conditional-format text rule ("value_string length must be less than 255").
    static let conditionText = 255
    /// Excel's 255-character limit for short labels: chart titles and series names, axis
    /// titles, hyperlink tooltips, note authors.
    static let label = 255
    /// Excel comment text limit.
    static let note = 32_767
}

extension String {
    /// Length as Excel counts it (UTF-16 code units).
    var excelLength: Int { utf16.count }
}

/// Throws `.textTooLong` when `text` is longer than `limit` Excel characters.
func requireLength(
    _ text: String, atMost limit: Int, field: WriterError.Field, at location: @autoclosure () -> WriterError.Location
) throws(WriterError) {
    // UTF-16 never takes more units than UTF-8 takes bytes, and the byte count is at hand: only
    // a text of more bytes than the limit is counted in UTF-16 (every cell of every report).
    if text.utf8.count > limit {
        let length = text.excelLength
        if length > limit {
            throw WriterError.textTooLong(field: field, length: length, limit: limit, unit: .characters, at: location())
        }
    }
    try requireNoNUL(text, field: field, at: location())
}

/// Throws `.textTooLong` when `text` needs more than `limit` UTF-8 bytes (fixed C buffers).
func requireBytes(
    _ text: String, atMost limit: Int, field: WriterError.Field, at location: @autoclosure () -> WriterError.Location
) throws(WriterError) {
    let length = text.utf8.count
    if length > limit {
        throw WriterError.textTooLong(field: field, length: length, limit: limit, unit: .utf8Bytes, at: location())
    }
    try requireNoNUL(text, field: field, at: location())
}

/// A NUL character would silently end the C string early.
func requireNoNUL(_ text: String, field: WriterError.Field, at location: @autoclosure () -> WriterError.Location) throws(WriterError) {
    let hasNUL =
        text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false
        } ?? text.utf8.contains(0)
    if hasNUL {
        throw WriterError.invalidArgument(field: field, problem: .containsNUL, at: location())
    }
}
