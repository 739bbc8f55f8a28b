console.log("demo server: not built yet");
