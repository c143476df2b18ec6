namespace FaqBot.Tests.Core.KnowledgeBase;

internal static class KnowledgeBasePaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Seeds => Path.Combine(RepoRoot, "knowledge-base");

    public static string Fixture(string name) => Path.Combine(RepoRoot, "tests", "data", "kb-fixtures", name);

    public static string[] SeedLines(string file) =>
        File.ReadAllText(Path.Combine(Seeds, file)).Split('\n');

    private static string FindRepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FaqBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FaqBot.sln not found above the test output folder.");
    }
}
