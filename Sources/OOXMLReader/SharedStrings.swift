import Foundation

/// Reads `sharedStrings.xml` into memory: the one part kept whole, as cells refer to it by index.
final class SharedStringsReader: XMLEventHandler {
    // One thread, no re-entrant callbacks: no access can overlap, so the runtime exclusivity
    // checks on every SAX event are left out.
    @exclusivity(unchecked) private(set) var strings: [String] = []
    @exclusivity(unchecked) private var inItem = false
    @exclusivity(unchecked) private var collector = RichTextCollector()

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        if name.is("si") {
            inItem = true
            collector.reset()
        } else if inItem {
            collector.start(name)
        }
    }

    func endElement(_ name: XMLName) throws {
        if name.is("si") {
            strings.append(collector.value)
            inItem = false
        } else if inItem {
            collector.end(name)
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        if inItem { try collector.characters(bytes) }
    }
}
