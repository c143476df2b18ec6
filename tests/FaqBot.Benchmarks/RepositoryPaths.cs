namespace FaqBot.Benchmarks;

/// <summary>Finds the repository's knowledge base and question set from wherever BenchmarkDotNet runs the benchmark.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
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

    public static string KnowledgeBase => Path.Combine(Root, "knowledge-base");

    public static string DevQuestions => Path.Combine(Root, "tests", "data", "dev-questions.jsonl");
}
