import CXLSXWriter

/// Sheet protection.
extension XLSXWorksheet {
    /// Protects the sheet. Cells stay editable only where their style has `locked: false`.
    ///
    /// The password is stored with Excel's legacy 16-bit hash (`lxw_hash_password`), which is
    /// not security, only a guard against accidents. The hash is computed over bytes, while
    /// Excel hashes what it gets from the keyboard through the ANSI code page, so only ASCII
    /// passwords (at most 255 characters) are accepted: a Japanese password written here
    /// would not unlock the sheet in Excel.
    public func protect(password: String? = nil, options: SheetProtection = SheetProtection()) throws {
        let sheet = try handle()
        if let password {
            try requireLength(password, atMost: ExcelLimits.password, field: .password, at: location())
            guard password.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) else {
                throw WriterError.invalidArgument(field: .password, problem: .passwordNotASCII, at: location())
            }
        }
        var c = lxw_protection()
        c.no_select_locked_cells = options.selectLockedCells ? 0 : 1
        c.no_select_unlocked_cells = options.selectUnlockedCells ? 0 : 1
        c.format_cells = options.formatCells ? 1 : 0
        c.format_columns = options.formatColumns ? 1 : 0
        c.format_rows = options.formatRows ? 1 : 0
        c.insert_columns = options.insertColumns ? 1 : 0
        c.insert_rows = options.insertRows ? 1 : 0
        c.insert_hyperlinks = options.insertHyperlinks ? 1 : 0
        c.delete_columns = options.deleteColumns ? 1 : 0
        c.delete_rows = options.deleteRows ? 1 : 0
        c.sort = options.sort ? 1 : 0
        c.autofilter = options.useAutofilter ? 1 : 0
        c.pivot_tables = options.usePivotTables ? 1 : 0
        c.scenarios = options.editScenarios ? 1 : 0
        c.objects = options.editObjects ? 1 : 0
        // An empty password means "no password", as in Excel's dialog.
        if let password, !password.isEmpty {
            worksheet_protect(sheet, password, &c)
        } else {
            worksheet_protect(sheet, nil, &c)
        }
    }
}
