import DXCertRules

/// A real-life slip planted in the sample so that the 入力チェック sheet has something to show.
enum Slip {
    /// The judge never sent the sheet back.
    case notReturned(judge: String)
    /// The same file arrived twice (a mail attachment saved again as `… (1).xlsx`).
    case identicalResend(judge: String)
    /// The judge filled the sheet in LibreOffice Calc and saved it as .xlsx.
    case libreOfficeResave(judge: String)
    /// A staff judge removed the protection and scored their own team's grey row.
    case scoredOwnTeam(judge: String)
    /// Every score typed as full-width text (`４`), one cell as `text` that is no score at all.
    case fullWidthDigits(judge: String, project: ProjectID, criterion: CriterionID, text: String)
    /// One criterion of one row left blank.
    case blankCriterion(judge: String, project: ProjectID, criterion: CriterionID)
    /// A workbook that has nothing to do with the certification, dropped into the folder.
    case unrelatedWorkbook(name: String)
}
