namespace FaqBot.Tests.TestSupport;

/// <summary>Paths of the repository the tests run from.</summary>
internal static class Repo
{
    public static readonly string Root = FindRoot();

    public static string KnowledgeBase => Path.Combine(Root, "knowledge-base");

    public static string Data(string name) => Path.Combine(Root, "tests", "data", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FaqBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FaqBot.sln not found above " + AppContext.BaseDirectory);
    }
}
