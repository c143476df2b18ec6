using System.ComponentModel.DataAnnotations;

namespace FaqBot.Storage;

/// <summary>Section "Storage": where conversations and the event log are kept, and for how long.</summary>
public sealed class StorageOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Storage";

    /// <summary>Sqlite, PostgreSql or Memory; empty: PostgreSql when <see cref="PostgreSql"/> is set, else Sqlite.</summary>
    public string Provider { get; set; } = "";

    /// <summary>The folder of the SQLite database (relative paths: from the configuration file's folder).</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>The SQLite database's file name inside <see cref="DataFolder"/>.</summary>
    public string SqliteFile { get; set; } = "faqbot.db";

    /// <summary>An Npgsql connection string; setting it selects PostgreSQL.</summary>
    public string PostgreSql { get; set; } = "";

    /// <summary>
    /// Whether every commit waits for the disk (SQLite synchronous=FULL, PostgreSQL synchronous_commit=on). Off (the
    /// default), an acknowledged message survives FaqBot being killed or restarted, but a power cut or an OS crash
    /// of the database machine can lose the last second or so; on, it survives those too, at a few milliseconds per write.
    /// </summary>
    public bool SyncEveryCommit { get; set; }

    /// <summary>Whether the event log keeps what patients typed (for the unanswered-questions review list).</summary>
    public bool StoreQuestionText { get; set; } = true;

    /// <summary>Events older than this many days are deleted (checked hourly and at start-up).</summary>
    [Range(1, 3650, ErrorMessage = "Storage:EventRetentionDays must be 1 to 3650 days.")]
    public int EventRetentionDays { get; set; } = 90;

    /// <summary>Events waiting to be written while the database is unreachable; beyond it the oldest are dropped.</summary>
    [Range(100, 10_000_000, ErrorMessage = "Storage:EventBufferCapacity must be 100 to 10000000.")]
    public int EventBufferCapacity { get; set; } = 10_000;

    /// <summary>The provider in effect, after applying the default.</summary>
    public StorageProvider ResolveProvider() => Provider.Trim().ToLowerInvariant() switch
    {
        "" => string.IsNullOrWhiteSpace(PostgreSql) ? StorageProvider.Sqlite : StorageProvider.PostgreSql,
        "sqlite" => StorageProvider.Sqlite,
        "postgresql" or "postgres" => StorageProvider.PostgreSql,
        "memory" => StorageProvider.Memory,
        _ => throw new StorageConfigurationException(
            $"Storage:Provider is '{Provider}'; use Sqlite, PostgreSql or Memory (or leave it empty)."),
    };

    /// <summary>
    /// Throws <see cref="StorageConfigurationException"/> naming the first setting out of range: the same rules the
    /// server checks at start-up through its options validation, for callers without one (the CLI, the factory).
    /// </summary>
    public void Validate()
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true))
        {
            throw new StorageConfigurationException(results[0].ErrorMessage ?? "Storage settings are not valid.");
        }
    }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ProviderProblem() is { } problem)
        {
            yield return new ValidationResult(problem, [nameof(Provider)]);
        }
        else if (ResolveProvider() == StorageProvider.PostgreSql && string.IsNullOrWhiteSpace(PostgreSql))
        {
            yield return new ValidationResult("Storage:Provider is PostgreSql but Storage:PostgreSql (the connection string) is empty.", [nameof(PostgreSql)]);
        }
    }

    private string? ProviderProblem()
    {
        try
        {
            ResolveProvider();
            return null;
        }
        catch (StorageConfigurationException ex)
        {
            return ex.Message;
        }
    }
}
