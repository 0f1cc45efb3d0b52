/// What users may still do on a protected sheet (シートの保護 → このシートのすべてのユーザーに許可する操作).
///
/// The defaults match Excel's dialog: selecting cells is allowed, everything else is not.
public struct SheetProtection: Hashable, Sendable {
    /// ロックされたセル範囲の選択.
    public var selectLockedCells: Bool
    /// ロックされていないセル範囲の選択.
    public var selectUnlockedCells: Bool
    /// セルの書式設定.
    public var formatCells: Bool
    /// 列の書式設定 (e.g. widen columns).
    public var formatColumns: Bool
    /// 行の書式設定.
    public var formatRows: Bool
    /// 列の挿入.
    public var insertColumns: Bool
    /// 行の挿入.
    public var insertRows: Bool
    /// ハイパーリンクの挿入.
    public var insertHyperlinks: Bool
    /// 列の削除.
    public var deleteColumns: Bool
    /// 行の削除.
    public var deleteRows: Bool
    /// 並べ替え.
    public var sort: Bool
    /// オートフィルターの使用.
    public var useAutofilter: Bool
    /// ピボットテーブルレポートの使用.
    public var usePivotTables: Bool
    /// シナリオの編集.
    public var editScenarios: Bool
    /// オブジェクトの編集 (charts, notes).
    public var editObjects: Bool

    /// Permissions; by default only selecting cells.
    public init(
        selectLockedCells: Bool = true, selectUnlockedCells: Bool = true, formatCells: Bool = false,
        formatColumns: Bool = false, formatRows: Bool = false, insertColumns: Bool = false,
        insertRows: Bool = false, insertHyperlinks: Bool = false, deleteColumns: Bool = false,
        deleteRows: Bool = false, sort: Bool = false, useAutofilter: Bool = false,
        usePivotTables: Bool = false, editScenarios: Bool = false, editObjects: Bool = false
    ) {
        self.selectLockedCells = selectLockedCells
        self.selectUnlockedCells = selectUnlockedCells
        self.formatCells = formatCells
        self.formatColumns = formatColumns
        self.formatRows = formatRows
        self.insertColumns = insertColumns
        self.insertRows = insertRows
        self.insertHyperlinks = insertHyperlinks
        self.deleteColumns = deleteColumns
        self.deleteRows = deleteRows
        self.sort = sort
        self.useAutofilter = useAutofilter
        self.usePivotTables = usePivotTables
        self.editScenarios = editScenarios
        self.editObjects = editObjects
    }
}
