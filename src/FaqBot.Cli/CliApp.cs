using FaqBot.Cli.Commands;
using FaqBot.Core.Analysis;
using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Cli;

/// <summary>The `faqbot` command: parses arguments, runs one command, maps errors to stderr and an exit code.</summary>
internal static class CliApp
{
    public const string Usage = """
        usage: faqbot <command> [options]

        commands:
          index [--explain] [--force]           build the index (and snapshot); --explain shows what ingestion kept and dropped
          ask "QUESTION" [--json]                answer one question
          ask --json --batch FILE                answer JSON lines {"id","q"}; one JSON object per line with the id
          chat                                   talk with FaqBot in the terminal; a number picks a suggested question
          bench --questions FILE [--repeat N]    time retrieval in-process; --synthetic SCALE builds a larger generated knowledge base
          bench --stats-events N [--stats-days D]  time stats over N generated events (D days, default 90) in a temp SQLite database
          eval --set FILE [-v]                   hit@1, hit@3, MRR@3, abstain/crisis/noncrisis/advice accuracy
          fit --set FILE [--out MODEL.json]      fit the answer-or-abstain model on the bank's tune half (writes the built-in model)
          search "QUESTION"                      show the analysed query and the ranked passages (for tuning)
          triage "MESSAGE"                       the triage decision and what fired: the rule, or each score and threshold
          triage-eval --bank FILE [--half tune|test|both] [--model WEIGHTS] [-v]  triage right/total per kind and category, per half
          triage-train --bank FILE[,FILE] [--questions FILE] [--cases FILE] [--dev FILE] [--train FILE[,FILE]]
                       [--question-train FILE[,FILE]] [--ordinary FILE[,FILE]] [--language-train FILE[,FILE]] --out FILE
                                                refit the learned triage layer (tune halves, regression sets, extra training
                                                files; --question-train: retrieval questions, for advice and the crisis network;
                                                --ordinary: ordinary messages that train the embedding classifiers, choosing
                                                no threshold; --language-train: messages in another language that train
                                                every classifier, choosing no threshold)
          triage-cv --bank FILE [same inputs] [-v]  cross-validation of the whole triage on the tune halves, one
                                                bank's author left out at a time (five folds by id for one bank)
          triage-bench --bank FILE [--repeat N]  time triage alone: typical messages p50/p99, a 20,000-character message
          stats [--days N] [--export FILE.csv]  the clinic's statistics from the event log (Storage section): questions per
                                                day by answer kind, helpfulness, unanswered questions grouped by similarity;
                                                N days back from now (default 7, 1 to 3650); --export also writes a CSV
                                                (UTF-8 with BOM; a `type` column: `day` rows with date, questions, each kind,
                                                helpful, not_helpful; `unanswered` rows with rank, count, question)
          teams-package --app-id GUID --host HOST [--out FILE] [--name NAME]  write the Teams app package (zip);
                [--version X.Y.Z] [--developer NAME] [--website URL]        also TeamsApp:* and Website:PrivacyUrl/TermsUrl
                [--privacy-url URL] [--terms-url URL]                       in the configuration
          help                                   this text

        every command: --kb DIR (knowledge-base folder), --config FILE (default ./appsettings.json), --no-embeddings (keyword search alone)
        """;

    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args.Length == 0)
        {
            // No command is a mistake (a script that lost its argument), not a request for help: usage on stderr, exit 2.
            error.WriteLine("faqbot: no command given\n" + Usage);
            return 2;
        }

        try
        {
            var parsed = CliArguments.Parse(args);
            return parsed.Command switch
            {
                "index" => IndexCommand.Run(parsed, output, error),
                "ask" => AskCommand.Run(parsed, output, error),
                "chat" => ChatCommand.Run(parsed, input, output, error),
                "bench" => BenchCommand.Run(parsed, output, error),
                "eval" => EvalCommand.Run(parsed, output, error),
                "fit" => FitCommand.Run(parsed, output, error),
                "search" => SearchCommand.Run(parsed, output, error),
                "triage" => TriageCommand.Run(parsed, output),
                "triage-eval" => TriageEvalCommand.Run(parsed, output),
                "triage-train" => TriageTrainCommand.Run(parsed, output),
                "triage-cv" => TriageCvCommand.Run(parsed, output),
                "triage-bench" => TriageBenchCommand.Run(parsed, output),
                "stats" => StatsCommand.Run(parsed, output, error),
                "teams-package" => TeamsPackageCommand.Run(parsed, output, error),
                "help" or "--help" or "-h" => Help(output),
                _ => throw new CliException($"unknown command '{parsed.Command}'\n{Usage}", 2),
            };
        }
        catch (CliException ex)
        {
            error.WriteLine($"faqbot: {ex.Message}");
            return ex.ExitCode;
        }
        catch (KnowledgeBaseNotFoundException ex)
        {
            error.WriteLine($"faqbot: {ex.Message}");
            return 1;
        }
        catch (SynonymFormatException ex)
        {
            error.WriteLine($"faqbot: {ex.Message}");
            return 1;
        }
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine(Usage);
        return 0;
    }
}
