import Foundation

/// Substring search on UTF-8 bytes (exact match), for the per-cell checks of the parsers:
/// Foundation's `contains` goes through CFString and is far slower.
package enum TextSearch {
    package static func contains(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack
        var needle = needle
        // In place on the strings' UTF-8 (no copies: this runs for every cell of a score sheet).
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                guard h.count >= n.count else { return false }
                var i = 0
                while i <= h.count - n.count {
                    if h[i] == first {
                        var j = 1
                        while j < n.count, h[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
