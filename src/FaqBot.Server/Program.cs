var app = FaqBot.Server.FaqBotApp.Create(args);
app.Run();
