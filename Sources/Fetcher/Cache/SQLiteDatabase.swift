import CSQLite

/// One SQLite connection: a small, safe face over the sqlite3 C API.
///
/// Owns the `sqlite3 *` and closes it in `deinit`; statements keep the database alive, so none can
/// outlive it. Not `Sendable`: a connection is used by one thread at a time (``SourceCache`` confines
/// it behind a lock). Prepared statements are kept by their SQL text and reused.
final class SQLiteDatabase {
    private let connection: OpaquePointer
    private var statements: [String: SQLiteStatement] = [:]

    /// Opens (creating if needed) the database file at `path`.
    init(path: String) throws(SQLiteError) {
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open \(path)"
            if let handle { sqlite3_close_v2(handle) }
            throw SQLiteError(code: code, message: message)
        }
        connection = handle
        sqlite3_extended_result_codes(handle, 1)
    }

    deinit {
        // Statements first: a connection with unfinalised statements would linger as a zombie.
        statements.removeAll()
        sqlite3_close_v2(connection)
    }

    /// How long a writer waits for another connection's lock before giving up with SQLITE_BUSY.
    func setBusyTimeout(milliseconds: Int32) {
        sqlite3_busy_timeout(connection, milliseconds)
    }

    /// Bytes of heap the connection's page cache holds now (`SQLITE_DBSTATUS_CACHE_USED`).
    var pageCacheBytes: Int {
        var current: Int32 = 0
        var highest: Int32 = 0
        sqlite3_db_status(connection, SQLITE_DBSTATUS_CACHE_USED, &current, &highest, 0)
        return Int(current)
    }

    /// Runs one or more statements that return no rows we need.
    func execute(_ sql: String) throws(SQLiteError) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(connection, sql, nil, nil, &errorMessage)
        guard code == SQLITE_OK else {
            let message = errorMessage.map { String(cString: $0) } ?? lastMessage
            sqlite3_free(errorMessage)
            throw SQLiteError(code: code, message: message)
        }
    }

    /// A statement for `sql`, prepared once per connection and reset for reuse.
    func statement(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        if let cached = statements[sql] {
            cached.reset()
            return cached
        }
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v2(connection, sql, -1, &handle, nil)
        guard code == SQLITE_OK, let handle else { throw error(code) }
        let statement = SQLiteStatement(handle: handle, database: self)
        statements[sql] = statement
        return statement
    }

    /// The first column of the first row of `sql` as text (for pragmas); nil when there is no row.
    func scalarText(_ sql: String) throws(SQLiteError) -> String? {
        let statement = try statement(sql)
        defer { statement.reset() }
        return try statement.step() ? statement.text(0) : nil
    }

    var userVersion: Int {
        get throws(SQLiteError) { Int(try scalarText("PRAGMA user_version") ?? "0") ?? 0 }
    }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    var changes: Int { Int(sqlite3_changes(connection)) }

    var lastMessage: String { String(cString: sqlite3_errmsg(connection)) }

    func error(_ code: Int32) -> SQLiteError { SQLiteError(code: code, message: lastMessage) }
}
