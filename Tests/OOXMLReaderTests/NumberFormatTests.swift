import Testing

@testable import OOXMLReader

@Suite("Number formats: which ones show dates")
struct NumberFormatTests {
    @Test(
        "built-in ids 14–22, 45–47 and the East-Asian 27–36, 50–58 are dates without a code",
        arguments: [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58])
    func builtInDates(id: Int) {
        #expect(NumberFormat.isDateTime(id: id, code: nil))
    }

    @Test("other built-in ids are not dates", arguments: [0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 37, 38, 39, 40, 48, 49])
    func builtInNumbers(id: Int) {
        #expect(!NumberFormat.isDateTime(id: id, code: nil))
    }

    @Test(
        "custom codes with date/time tokens are dates",
        arguments: [
            "yyyy/mm/dd", "yyyy\"年\"m\"月\"d\"日\"", "[$-411]ggge\"年\"m\"月\"d\"日\"", "[$-411]ge.m.d", "h:mm", "[h]:mm:ss",
            "mm:ss", "yyyy/mm/dd;@", "d-mmm-yy", "[$-F800]dddd, mmmm dd, yyyy", "[mm]:ss", "[ss]", "yyyy-mm-dd hh:mm:ss", "ee/m/d",
        ])
    func customDates(code: String) {
        #expect(NumberFormat.isDateTime(code: code))
    }

    @Test(
        "custom codes without date tokens stay numbers",
        arguments: [
            "@", "0.0", "0.00E+00", "[Red]0.0", "\"年\"0", "General", "#,##0\"円\"", "0.0_);[Red]\\(0.0\\)",
            "_(* #,##0_);_(* (#,##0)", "0;-0;;@", "##0.0E+0", "\"date\" 0", "\\d0", "*d0", "[DBNum1]0", "0%",
        ])
    func customNumbers(code: String) {
        #expect(!NumberFormat.isDateTime(code: code))
    }

    @Test("a stored code wins over the built-in meaning of its id")
    func storedCodeWins() {
        #expect(!NumberFormat.isDateTime(id: 14, code: "0.00"))
        #expect(NumberFormat.isDateTime(id: 1, code: "yyyy"))
    }
}

@Suite("Text escapes")
struct EscapeTests {
    @Test func decodesHexEscapes() {
        #expect(OOXMLEscapes.decode("ABC_x000D_DEF") == "ABC\rDEF")
        #expect(OOXMLEscapes.decode("_x005F_x000D_") == "_x000D_")
        #expect(OOXMLEscapes.decode("a_x0041_b") == "aAb")
        #expect(OOXMLEscapes.decode("_xD83D__xDE00_") == "😀")
        #expect(OOXMLEscapes.decode("_x00G1_ and _x12_") == "_x00G1_ and _x12_")
        #expect(OOXMLEscapes.decode("plain") == "plain")
    }
}
