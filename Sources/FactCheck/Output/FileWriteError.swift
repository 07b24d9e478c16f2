import Foundation

/// A report, baseline or ledger file that could not be written, said in the project's own words
/// with the path, instead of Foundation's "The operation could not be completed".
public struct FileWriteError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// Wraps whatever a file operation on `path` threw (an already-wrapped error is kept as it is).
    public init(_ error: any Error, path: String) {
        if let error = error as? FileWriteError {
            self = error
        } else {
            self.init(path: path, reason: Self.reason(code: Self.posixCode(of: error)))
        }
    }

    public var description: String { "cannot write \(path): \(reason)" }

    /// What an errno value means to someone choosing an output path.
    static func reason(code: Int32?) -> String {
        switch code {
        case EACCES, EPERM: "no permission to write there"
        case ENOSPC, EDQUOT: "the disk is full"
        case EROFS: "the file system is read-only"
        case ENOTDIR, EEXIST: "part of the path is a file, not a folder"
        case EISDIR: "a folder of that name is in the way"
        case ENOENT: "its folder does not exist"
        case ENAMETOOLONG: "the name is too long"
        case let code?: String(cString: strerror(code)).lowercased()
        case nil: "the file system refused the write"
        }
    }

    /// The errno behind a Foundation error: its own code in the POSIX domain, an underlying POSIX
    /// error, or the POSIX meaning of a Cocoa file-writing code.
    static func posixCode(of error: any Error) -> Int32? {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? any Error, let code = posixCode(of: underlying) { return code }
        guard error.domain == NSCocoaErrorDomain else { return nil }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileWriteNoPermission: return EACCES
        case .fileWriteOutOfSpace: return ENOSPC
        case .fileWriteVolumeReadOnly: return EROFS
        case .fileWriteFileExists: return EEXIST
        case .fileNoSuchFile, .fileWriteInvalidFileName: return ENOENT
        default: return nil
        }
    }
}
