import Foundation

/// The labels and names shared by the sheets we write (templates, pre-filled sheets) and the
/// readers that take them back. Readers find everything by these labels, never by fixed cell
/// positions, so a judge who inserts a row above the table does not break anything.
public enum FormLayout {
    /// Template version written into every generated workbook's identity. 2 added the 年度
    /// sheet's certificate cells (認定日, 発行者, 認定番号の形式). Readers go by labels, never by
    /// this number: a version 1 setup, without those cells, reads with their defaults.
    public static let version = 2

    /// Identity of generated workbooks: a hidden sheet of key/value rows, mirrored in custom
    /// document properties (`dxcert_<key>`). Both survive a re-save in Excel and LibreOffice.
    public enum Identity {
        /// Name of the hidden identity sheet.
        public static let sheetName = "_dxcert"
        /// Prefix of the mirrored custom document properties.
        public static let propertyPrefix = "dxcert_"
        /// The marker key/value in the first row.
        public static let markerKey = "識別子"
        public static let markerValue = "dxcert"
        public static let kind = "種別"
        public static let version = "様式版"
        public static let year = "年度"
        public static let judgeID = "審査員ID"
        public static let judgeName = "審査員氏名"
        public static let category = "区分"
        public static let evaluatorID = "評価者職員番号"
        public static let evaluatorName = "評価者氏名"
        public static let leaderID = "対象リーダー職員番号"
        public static let leaderName = "対象リーダー氏名"
        public static let projectID = "プロジェクトID"
        /// Comma-separated criterion IDs of the score columns (report) or rows (leader), in order.
        public static let criteria = "項目ID"
        /// Comma-separated project IDs of the rows, in order (report sheets).
        public static let projects = "プロジェクトID一覧"
        /// Comma-separated project IDs the judge may not score (own team).
        public static let ownProjects = "自チーム"
    }

    /// 報告会評価シート: one per judge.
    public enum MeetingSheet {
        public static let sheetName = "報告会評価"
        public static let title = "報告会評価シート"
        public static let yearLabel = "年度"
        public static let judgeIDLabel = "審査員ID"
        public static let judgeNameLabel = "氏名"
        public static let categoryLabel = "区分"
        public static let projectIDHeader = "プロジェクトID"
        public static let teamHeader = "チーム名"
        public static let themeHeader = "テーマ"
        public static let totalHeader = "合計（100点換算）"
        public static let commentHeader = "コメント"
        /// Label of the hidden row under the header that carries criterion IDs per column.
        public static let criterionIDRowLabel = "項目ID"
        /// Marks a row the judge does not score (own team).
        public static let ownTeamMark = "自チームのため評価対象外"
    }

    /// リーダー評価シート: one per evaluator per leader.
    public enum LeaderSheet {
        public static let sheetName = "リーダー評価"
        public static let title = "リーダー評価シート（メンバー評価）"
        public static let yearLabel = "年度"
        public static let evaluatorIDLabel = "評価者 職員番号"
        public static let evaluatorNameLabel = "評価者 氏名"
        public static let leaderIDLabel = "対象リーダー 職員番号"
        public static let leaderNameLabel = "対象リーダー 氏名"
        public static let projectIDLabel = "プロジェクトID"
        public static let teamLabel = "チーム名"
        public static let criterionIDHeader = "項目ID"
        public static let criterionHeader = "評価項目"
        public static let descriptionHeader = "着眼点"
        public static let maxHeader = "満点"
        public static let scoreHeader = "評価"
        public static let totalLabel = "合計（100点換算）"
        public static let commentLabel = "コメント"
    }

    /// 既認定者名簿: certifications granted before the tool.
    public enum PriorRegister {
        public static let sheetName = "既認定者名簿"
        public static let staffIDHeader = "職員番号"
        public static let nameHeader = "氏名"
        public static let tierHeader = "認定区分"
        public static let yearHeader = "認定年度"
        public static let departmentHeader = "所属"
        public static let noteHeader = "備考"
    }

    /// 年度設定: the clerk's setup workbook.
    public enum YearSetup {
        public static let instructionsSheet = "説明"
        public static let yearSheet = "年度"
        public static let yearLabel = "年度"
        public static let meetingDateLabel = "報告会の開催日"
        public static let organisationLabel = "団体名"
        /// Optional since template version 2 (certificates); blank gives the defaults.
        public static let certificateDateLabel = "認定日"
        public static let issuerLabel = "発行者"
        public static let numberFormatLabel = "認定番号の形式"

        public static let projectsSheet = "プロジェクト"
        public static let projectIDHeader = "プロジェクトID"
        public static let teamHeader = "チーム名"
        public static let themeHeader = "テーマ"

        public static let participantsSheet = "参加者"
        public static let staffIDHeader = "職員番号"
        public static let nameHeader = "氏名"
        public static let departmentHeader = "所属"
        public static let roleHeader = "役割"

        public static let judgesSheet = "審査員"
        public static let judgeIDHeader = "審査員ID"
        public static let categoryHeader = "区分"

        public static let evaluatorsSheet = "リーダー評価者"

        public static let criteriaSheet = "評価項目"
        public static let evaluationKindHeader = "評価の種類"
        public static let targetCategoryHeader = "対象区分"
        public static let criterionIDHeader = "項目ID"
        public static let criterionNameHeader = "項目名"
        public static let maxHeader = "満点"
        public static let weightHeader = "重み"
        public static let descriptionHeader = "着眼点"
        public static let scaleHeader = "評価段階（高い順、／区切り）"
        /// Values of the 評価の種類 column.
        public static let meetingKind = "報告会"
        public static let leaderKind = "メンバー評価"

        public static let settingsSheet = "認定基準"
        public static let settingHeader = "項目"
        public static let valueHeader = "設定値"
        public static let noteHeader = "説明"

        public static let targetsSheet = "目標"
        public static let tierHeader = "認定区分"
        public static let targetHeader = "目標人数"
    }
}
