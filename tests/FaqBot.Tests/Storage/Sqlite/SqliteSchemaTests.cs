using FaqBot.Core.Answering;
using FaqBot.Storage.Events;
using FaqBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace FaqBot.Tests.Storage.Sqlite;

public sealed class SqliteSchemaTests : IDisposable
{
    private readonly SqliteTempFolder _temp = new();
    private readonly SqlitePreparedConnection _db;

    public SqliteSchemaTests()
    {
        _db = SqlitePreparedConnection.Open(Path.Combine(_temp.Folder, "schema.db"), SqliteOpenMode.ReadWriteCreate);
        SqliteSchema.Migrate(_db);
    }

    public void Dispose()
    {
        _db.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void PartialIndex_AbstainSpelling_MatchesEventNames()
    {
        var sql = string.Concat(SqliteSchema.Migrations);

        Assert.Contains($"WHERE kind = '{EventNames.Kind(AnswerKind.Abstain)}'", sql, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SELECT at / 86400000, kind, count(*) FROM answer_events INDEXED BY answer_events_day_kind WHERE at / 86400000 BETWEEN 1 AND 2 AND at >= 1 AND at <= 2 GROUP BY at / 86400000, kind")]
    [InlineData("SELECT at / 86400000, rating, count(*) FROM feedback_events INDEXED BY feedback_events_day_rating WHERE at / 86400000 BETWEEN 1 AND 2 AND at >= 1 AND at <= 2 GROUP BY at / 86400000, rating")]
    [InlineData("SELECT question, count(*) FROM answer_events INDEXED BY answer_events_abstained WHERE kind = 'abstain' AND at >= 1 AND at <= 2 GROUP BY question")]
    [InlineData("SELECT id, at FROM answer_events WHERE at >= 1 AND (at > 1 OR id > 2) ORDER BY at, id LIMIT 1000")]
    public void QueryPlan_StatisticsAndPaging_NeedNoSortOfTheRows(string sql)
    {
        using var plan = _db.Query("EXPLAIN QUERY PLAN " + sql);
        var steps = new List<string>();
        while (plan.Read())
        {
            steps.Add(plan.GetString(3));
        }

        Assert.DoesNotContain(steps, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
        Assert.Contains(steps, step => step.Contains("INDEX", StringComparison.Ordinal));
    }
}
