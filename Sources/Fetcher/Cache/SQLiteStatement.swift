import CSQLite

/// A prepared statement: bind by 1-based index, step through rows, read columns by 0-based index.
///
/// Holds its ``SQLiteDatabase`` strongly, so the connection outlives every statement; finalised in
/// `deinit`. Text is bound with `SQLITE_TRANSIENT`, so SQLite copies it and the Swift string may go.
final class SQLiteStatement {
    private let handle: OpaquePointer
    private let database: SQLiteDatabase

    init(handle: OpaquePointer, database: SQLiteDatabase) {
        self.handle = handle
        self.database = database
    }

    deinit {
        sqlite3_finalize(handle)
    }

    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    func bind(_ index: Int32, _ value: String?) throws(SQLiteError) {
        let code: Int32
        if let value {
            code = sqlite3_bind_text(handle, index, value, -1, factcheck_sqlite_transient())
        } else {
            code = sqlite3_bind_null(handle, index)
        }
        try check(code)
    }

    func bind(_ index: Int32, _ value: Int?) throws(SQLiteError) {
        try check(value.map { sqlite3_bind_int64(handle, index, sqlite3_int64($0)) } ?? sqlite3_bind_null(handle, index))
    }

    func bind(_ index: Int32, _ value: Double) throws(SQLiteError) {
        try check(sqlite3_bind_double(handle, index, value))
    }

    /// Binds each value in order, from index 1.
    func bind(_ values: [SQLiteValue]) throws(SQLiteError) {
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .text(let text): try bind(index, text)
            case .integer(let number): try bind(index, number)
            case .real(let number): try bind(index, number)
            }
        }
    }

    /// Advances to the next row: true if there is one, false when done.
    func step() throws(SQLiteError) -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw database.error(code)
        }
    }

    /// Runs a statement that returns no rows.
    func run(_ values: [SQLiteValue] = []) throws(SQLiteError) {
        try bind(values)
        defer { reset() }
        while try step() {}
    }

    func text(_ column: Int32) -> String? {
        guard sqlite3_column_type(handle, column) != SQLITE_NULL, let pointer = sqlite3_column_text(handle, column) else {
            return nil
        }
        return String(cString: pointer)
    }

    func integer(_ column: Int32) -> Int? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(handle, column))
    }

    func real(_ column: Int32) -> Double? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_double(handle, column)
    }

    private func check(_ code: Int32) throws(SQLiteError) {
        if code != SQLITE_OK { throw database.error(code) }
    }
}

/// A value to bind, for statements whose parameters are listed in one go.
enum SQLiteValue {
    case text(String?)
    case integer(Int?)
    case real(Double)
}
