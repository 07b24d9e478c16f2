import FactCheckModel
import Foundation

/// Reads a source the user named by path in trusted configuration (`[[source]]` or `--source`).
enum LocalFileSource {
    /// Blocking: call it off the cooperative pool.
    static func document(for ref: SourceRef, path: String, maxBytes: Int) -> SourceDocument {
        func failed(_ status: SourceStatus, _ reason: String) -> SourceDocument {
            SourceDocument(ref: ref, status: status, reason: reason, finalURL: path)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return failed(.notFound, "not found: no file at \(path)")
        }
        if isDirectory.boolValue { return failed(.unreadable, "not readable: \(path) is a folder") }

        let fileExtension = (path as NSString).pathExtension.lowercased()
        let mediaType: MediaType
        switch fileExtension {
        case "html", "htm", "xhtml": mediaType = MediaType(essence: "text/html")
        case "txt", "text": mediaType = MediaType(essence: "text/plain")
        case "md", "markdown": mediaType = MediaType(essence: "text/markdown")
        default:
            return failed(.unreadable, "not readable: .\(fileExtension.isEmpty ? "(no extension)" : fileExtension) files")
        }

        guard let handle = FileHandle(forReadingAtPath: path) else {
            return failed(.unreadable, "not readable: \(path) could not be opened")
        }
        defer { try? handle.close() }
        // One byte past the limit tells "exactly at the limit" from "over it" without trusting the
        // size the file system reports (it may be growing, or a device).
        let data: Data
        do {
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            return failed(.unreadable, "not readable: \(path): \(error.localizedDescription)")
        }
        if data.count > maxBytes {
            return failed(.tooLarge, "too large: \(path) is more than \(HTTPOutcomeInterpreter.formatBytes(maxBytes)), the limit")
        }
        return SourceContentReader.document(for: ref, finalURL: path, mediaType: mediaType, body: [UInt8](data))
    }
}
