import Foundation

/// What reading one input file produced.
public indirect enum ParsedContent: Sendable {
    case yearSetup(YearSetup)
    case meetingScore(MeetingScoreSheet)
    case leaderEvaluation(LeaderEvaluationSheet)
    case priorRegister([PriorCertification])
    /// Not used: the reason says why (unreadable, unknown kind, skipped…).
    case none
}
