using FaqBot.Core.Answering;
using FaqBot.Core.Indexing;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Search;
using FaqBot.Embeddings;
using FaqBot.Storage;
using Microsoft.Extensions.Configuration;

namespace FaqBot.Cli;

/// <summary>
/// Reads appsettings.json (the current folder's, or --config FILE) and environment variables, as the server does,
/// and applies --kb. Relative paths are resolved from the configuration file's folder.
/// </summary>
internal static class CliSettings
{
    public static FaqEngineSettings Load(CliArguments args)
    {
        var (configuration, baseDirectory) = Read(args);
        var settings = new FaqEngineSettings
        {
            BaseDirectory = baseDirectory,
            KnowledgeBase = Bind<KnowledgeBaseOptions>(configuration, KnowledgeBaseOptions.SectionName),
            Search = Bind<SearchOptions>(configuration, SearchOptions.SectionName),
            Clinic = Bind<ClinicOptions>(configuration, ClinicOptions.SectionName),
            Index = Bind<IndexOptions>(configuration, IndexOptions.SectionName),
        };
        if (configuration.GetSection("Bot:ExampleQuestions").Get<List<string>>() is { Count: > 0 } examples)
        {
            settings.ExampleQuestions = examples; // offered after "hi" and "help", as on the website
        }

        if (args.Get("--kb") is { } kb)
        {
            UseKnowledgeBase(settings, kb);
        }

        return settings;
    }

    /// <summary>Points <paramref name="settings"/> at another knowledge-base folder. A knowledge base named on the command
    /// line is indexed in memory, so it never replaces the default index.</summary>
    public static FaqEngineSettings UseKnowledgeBase(FaqEngineSettings settings, string folder)
    {
        settings.KnowledgeBase.Path = Path.GetFullPath(folder);
        settings.Index.Path = "";
        return settings;
    }

    /// <summary>The Embeddings section.</summary>
    public static EmbeddingsOptions LoadEmbeddings(CliArguments args) => Bind<EmbeddingsOptions>(Read(args).Configuration, EmbeddingsOptions.SectionName);

    /// <summary>The Storage section and the folder its relative DataFolder is resolved from.</summary>
    public static (StorageOptions Options, string BaseDirectory) LoadStorage(CliArguments args)
    {
        var (configuration, baseDirectory) = Read(args);
        // Validated when the storage opens (StorageOptions.Validate, the server's rules): a storage setting exits 1, as before.
        return (Bind<StorageOptions>(configuration, StorageOptions.SectionName, validate: false), baseDirectory);
    }

    /// <summary>The whole configuration (appsettings.json and environment variables), for commands that read loose keys.</summary>
    public static IConfiguration Configuration(CliArguments args) => Read(args).Configuration;

    private static (IConfiguration Configuration, string BaseDirectory) Read(CliArguments args)
    {
        var configPath = args.Get("--config");
        if (configPath is not null && !File.Exists(configPath))
        {
            throw new CliException($"configuration file not found: {configPath}", 2);
        }

        configPath ??= Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json");
        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(configPath))!;
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddJsonFile(Path.GetFullPath(configPath), optional: true)
                .AddEnvironmentVariables()
                .Build();
            return (configuration, baseDirectory);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or System.Text.Json.JsonException)
        {
            throw new CliException($"{configPath} is not valid JSON: {ex.Message}", 2);
        }
    }

    private static T Bind<T>(IConfiguration configuration, string section, bool validate = true)
        where T : new()
    {
        var options = new T();
        try
        {
            configuration.GetSection(section).Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            throw new CliException($"configuration section '{section}': {ex.Message}", 2);
        }

        if (!validate)
        {
            return options;
        }

        var context = new System.ComponentModel.DataAnnotations.ValidationContext(options);
        var errors = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, context, errors, validateAllProperties: true))
        {
            throw new CliException($"configuration section '{section}': {string.Join("; ", errors.Select(e => $"{string.Join(",", e.MemberNames)}: {e.ErrorMessage}"))}", 2);
        }

        return options;
    }
}
