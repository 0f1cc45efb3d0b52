import Foundation
import Testing

@testable import XLSXWriter

@Suite("SheetDateTime and RGBColor")
struct SheetDateTimeTests {
    @Test("Excel serial numbers, including Excel's 29 Feb 1900")
    func serials() {
        #expect(SheetDateTime(year: 1900, month: 1, day: 1).excelSerial == 1)
        #expect(SheetDateTime(year: 1900, month: 3, day: 1).excelSerial == 61)
        #expect(SheetDateTime(year: 2025, month: 4, day: 1).excelSerial == 45_748)
        #expect(SheetDateTime(year: 2025, month: 4, day: 1, hour: 12).excelSerial == 45_748.5)
    }

    @Test("a Date becomes the wall-clock time of the given zone")
    func fromDate() throws {
        let instant = Date(timeIntervalSince1970: 1_743_433_200)  // 2025-03-31T15:00:00Z
        let tokyo = SheetDateTime(instant, in: try #require(TimeZone(identifier: "Asia/Tokyo")))
        #expect(tokyo == SheetDateTime(year: 2025, month: 4, day: 1))
        #expect(tokyo.isDateOnly)
        #expect(tokyo.description == "2025-04-01")
        #expect(SheetDateTime(year: 2025, month: 4, day: 1, hour: 9, minute: 5, second: 7).description == "2025-04-01T09:05:07")
    }

    @Test("impossible dates say which part is wrong")
    func problems() {
        #expect(SheetDateTime(year: 2024, month: 2, day: 29).problem == nil)
        #expect(SheetDateTime(year: 2025, month: 13, day: 1).problem == .monthOutOfRange(13))
        #expect(SheetDateTime(year: 10_000, month: 1, day: 1).problem == .yearOutOfRange(10_000))
        #expect(SheetDateTime(year: 2025, month: 2, day: 29).problem == .noSuchDay(year: 2025, month: 2, day: 29))
        #expect(SheetDateTime(year: 2025, month: 1, day: 1, hour: 24).problem == .invalidTime(hour: 24, minute: 0, second: 0))
    }

    @Test("colours")
    func colors() {
        #expect(RGBColor(0x4472C4).description == "#4472C4")
        #expect(RGBColor(red: 1, green: 2, blue: 3).rgb == 0x010203)
        #expect(RGBColor.black.lxw == 0x100_0000, "black is passed as LXW_COLOR_BLACK, not the 'unset' 0")
        #expect(RGBColor(0xFF_FFFF_FF).rgb == 0xFF_FFFF)
    }
}
