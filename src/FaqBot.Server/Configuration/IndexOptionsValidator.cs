using FaqBot.Core.Indexing;
using FaqBot.Core.KnowledgeBase;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Configuration;

// The index folder is rewritten on every rebuild: inside the knowledge base it would be read as documents and
// trigger the watcher's rebuild forever; around it, a rebuild could delete the clinic's documents.
public sealed class IndexOptionsValidator(IHostEnvironment environment, IOptions<KnowledgeBaseOptions> knowledgeBase) : IValidateOptions<IndexOptions>
{
    public ValidateOptionsResult Validate(string? name, IndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return ValidateOptionsResult.Success; // kept in memory
        }

        if (options.Path.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            return ValidateOptionsResult.Fail($"Index:Path '{options.Path}' is not a valid folder name.");
        }

        var index = Folder(options.Path);
        var documents = Folder(knowledgeBase.Value.Path);
        return index.StartsWith(documents, StringComparison.Ordinal) || documents.StartsWith(index, StringComparison.Ordinal)
            ? ValidateOptionsResult.Fail($"Index:Path '{options.Path}' overlaps KnowledgeBase:Path '{knowledgeBase.Value.Path}': keep the index in a folder of its own.")
            : ValidateOptionsResult.Success;
    }

    private string Folder(string path) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(path, environment.ContentRootPath)) + Path.DirectorySeparatorChar;
}
