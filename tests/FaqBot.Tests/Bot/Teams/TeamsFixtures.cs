using System.Text.Json;
using FaqBot.Schema.Activities;

namespace FaqBot.Tests.Bot.Teams;

/// Loads the Teams activities recorded under tests/data/teams.
public static class TeamsFixtures
{
    public const string BotId = "28:6b4f2a8e-1c3d-4e5f-8a9b-0c1d2e3f4a5b";
    public const string ClinicTenant = "11111111-2222-3333-4444-555555555555";

    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "data", "teams", name + ".json");

    public static string Json(string name) => File.ReadAllText(Path(name));

    public static Activity Load(string name) =>
        JsonSerializer.Deserialize(Json(name), BotJsonContext.Default.Activity) ?? throw new InvalidDataException(name);
}
