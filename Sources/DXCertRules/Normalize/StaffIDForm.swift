import Foundation

/// The one form staff IDs are compared in for a whole run: every year, the 既認定者名簿 and the
/// previous 認定台帳 alike.
///
/// 職員番号の桁数 is a setting of each year's setup, but a person is one person across years: the
/// run pads digits-only IDs to the widest width any setup sets (0 when none does), so `123` in a
/// year without a width and `00123` in a year with width 5 are the same person. Setups whose
/// width differs from the run's are reported by `Validator` (never a different person).
public struct StaffIDForm: Sendable, Equatable {
    /// Digits-only IDs are zero-padded to this many digits (0: compared as written).
    public let width: Int

    public init(width: Int) {
        self.width = width
    }

    /// The form of a run over these setups.
    public static func run(_ setups: [YearSetup]) -> StaffIDForm {
        StaffIDForm(width: setups.map(\.settings.staffIDWidth).max() ?? 0)
    }

    /// An ID as the run compares it.
    public func canonical(_ id: StaffID) -> StaffID {
        StaffIDNormalizer.normalize(id.value, width: width) ?? id
    }

    /// A text as the run compares it; nil when blank.
    public func canonical(_ text: String) -> StaffID? {
        StaffIDNormalizer.normalize(text, width: width)
    }

    /// `setup` with every staff ID (participants, judges, extra evaluators) in this form.
    public func apply(to setup: YearSetup) -> YearSetup {
        var s = setup
        s.participants = setup.participants.map {
            var p = $0; p.staffID = canonical(p.staffID); return p
        }
        s.judges = setup.judges.map {
            var j = $0; j.staffID = j.staffID.map(canonical); return j
        }
        s.extraEvaluators = setup.extraEvaluators.map {
            var e = $0; e.staffID = canonical(e.staffID); return e
        }
        return s
    }
}
