console.log("ocikit: not built yet");
