import DXCertIngest
import DXCertMessages
import DXCertRules
import Foundation
import XLSXWriter

/// Why templates or distribution sheets could not be written. Every case names the file.
public enum TemplateError: Error, Equatable, Sendable {
    /// The workbook could not be written (libxlsxwriter or the file system refused); `message`
    /// is the writer's Japanese message.
    case writeFailed(path: String, message: String)
    /// A folder could not be created or a file could not be inspected.
    case fileSystem(path: String, message: String)
    /// Pre-filled answers name a project, criterion or sheet that does not exist (a caller's mistake).
    case unknownAnswer(path: String, detail: String)
    /// The setup gives a sheet nothing to show (e.g. no criteria for a judge's category).
    case nothingToWrite(path: String, detail: String)

    /// Runs `body`, turning the writer's errors into `.writeFailed` for `path`.
    static func writing<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as WriterError {
            throw TemplateError.writeFailed(path: path, message: error.clerkMessage)
        }
    }
}
