using FaqBot.Embeddings;

namespace FaqBot.Tests.Core.Answering.Triage;

// The measured test-half figures (docs/benchmarks.md, Triage, round 13: the budget counts the rules' alarms too, 14 floors up and 14 down; round 14 retrained with the narrowed rules, no floor moved; the seventh bank first measured in round 11, its tune half not taken into training): bank, encoder, kind or category, right, total.
// Category floors are one file per bank (TriageBankQualityTests.Floors.BankN.cs).
public sealed partial class TriageBankQualityTests
{
    public static TheoryData<string, EmbeddingModel, string, int, int> KindFloors() => new()
    {
        { "triage-bank", EmbeddingModel.ArcticXs, "advice", 58, 67 },
        { "triage-bank", EmbeddingModel.ArcticXs, "crisis", 154, 157 },
        { "triage-bank", EmbeddingModel.ArcticXs, "emergency", 24, 24 },
        { "triage-bank", EmbeddingModel.ArcticXs, "noncrisis", 72, 95 },
        { "triage-bank", EmbeddingModel.ArcticXs, "question", 32, 33 },
        { "triage-bank", EmbeddingModel.MiniLM, "advice", 57, 67 },
        { "triage-bank", EmbeddingModel.MiniLM, "crisis", 155, 157 },
        { "triage-bank", EmbeddingModel.MiniLM, "emergency", 23, 24 },
        { "triage-bank", EmbeddingModel.MiniLM, "noncrisis", 72, 95 },
        { "triage-bank", EmbeddingModel.MiniLM, "question", 32, 33 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "advice", 87, 97 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "crisis", 295, 302 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "emergency", 56, 56 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "noncrisis", 57, 84 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "question", 46, 49 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "advice", 86, 97 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "crisis", 296, 302 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "emergency", 56, 56 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "noncrisis", 56, 84 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "question", 46, 49 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "advice", 61, 74 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "crisis", 245, 249 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "emergency", 39, 39 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "noncrisis", 70, 91 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "question", 31, 40 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "advice", 60, 74 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "crisis", 243, 249 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "emergency", 39, 39 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "noncrisis", 69, 91 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "question", 33, 40 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "advice", 66, 75 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "crisis", 259, 263 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "emergency", 38, 38 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "noncrisis", 70, 99 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "question", 35, 40 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "advice", 65, 75 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "crisis", 260, 263 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "emergency", 38, 38 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "noncrisis", 71, 99 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "question", 37, 40 },
        { "triage-bank-5", EmbeddingModel.ArcticXs, "advice", 54, 63 },
        { "triage-bank-5", EmbeddingModel.ArcticXs, "crisis", 227, 232 },
        { "triage-bank-5", EmbeddingModel.ArcticXs, "emergency", 39, 39 },
        { "triage-bank-5", EmbeddingModel.ArcticXs, "noncrisis", 47, 92 },
        { "triage-bank-5", EmbeddingModel.ArcticXs, "question", 60, 74 },
        { "triage-bank-5", EmbeddingModel.MiniLM, "advice", 54, 63 },
        { "triage-bank-5", EmbeddingModel.MiniLM, "crisis", 227, 232 },
        { "triage-bank-5", EmbeddingModel.MiniLM, "emergency", 39, 39 },
        { "triage-bank-5", EmbeddingModel.MiniLM, "noncrisis", 45, 92 },
        { "triage-bank-5", EmbeddingModel.MiniLM, "question", 62, 74 },
        { "triage-bank-6", EmbeddingModel.ArcticXs, "advice", 37, 51 },
        { "triage-bank-6", EmbeddingModel.ArcticXs, "crisis", 145, 146 },
        { "triage-bank-6", EmbeddingModel.ArcticXs, "emergency", 26, 26 },
        { "triage-bank-6", EmbeddingModel.ArcticXs, "noncrisis", 32, 50 },
        { "triage-bank-6", EmbeddingModel.ArcticXs, "question", 23, 28 },
        { "triage-bank-6", EmbeddingModel.MiniLM, "advice", 40, 51 },
        { "triage-bank-6", EmbeddingModel.MiniLM, "crisis", 144, 146 },
        { "triage-bank-6", EmbeddingModel.MiniLM, "emergency", 26, 26 },
        { "triage-bank-6", EmbeddingModel.MiniLM, "noncrisis", 33, 50 },
        { "triage-bank-6", EmbeddingModel.MiniLM, "question", 23, 28 },
        { "triage-bank-7", EmbeddingModel.ArcticXs, "advice", 40, 62 },
        { "triage-bank-7", EmbeddingModel.ArcticXs, "crisis", 154, 158 },
        { "triage-bank-7", EmbeddingModel.ArcticXs, "emergency", 24, 24 },
        { "triage-bank-7", EmbeddingModel.ArcticXs, "noncrisis", 32, 67 },
        { "triage-bank-7", EmbeddingModel.ArcticXs, "question", 26, 29 },
        { "triage-bank-7", EmbeddingModel.MiniLM, "advice", 38, 62 },
        { "triage-bank-7", EmbeddingModel.MiniLM, "crisis", 154, 158 },
        { "triage-bank-7", EmbeddingModel.MiniLM, "emergency", 24, 24 },
        { "triage-bank-7", EmbeddingModel.MiniLM, "noncrisis", 35, 67 },
        { "triage-bank-7", EmbeddingModel.MiniLM, "question", 27, 29 },
    };

    public static TheoryData<string, EmbeddingModel, string, int, int> CategoryFloors()
    {
        var floors = new TheoryData<string, EmbeddingModel, string, int, int>();
        foreach (var row in (object[][])[.. Bank1CategoryFloors(), .. Bank2CategoryFloors(), .. Bank3CategoryFloors(), .. Bank4CategoryFloors(), .. Bank5CategoryFloors(), .. Bank6CategoryFloors(), .. Bank7CategoryFloors()])
        {
            floors.Add((string)row[0], (EmbeddingModel)row[1], (string)row[2], (int)row[3], (int)row[4]);
        }

        return floors;
    }
}
