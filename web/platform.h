// What the app needs from the page around it. platform_web.cpp implements it for the browser
// (EM_JS calls into shell/lectern.js, C functions exported to it); nothing else in web/ includes
// an emscripten header, so a native twin of this file is all a desktop build would need.
//
//   platform::attach(app);                       // exported functions now reach this App
//   app.add_files(platform::bundled_corpus());
//   platform::run_frames([] { ... one frame ... });
#pragma once

#include <vector>

#include "ingest/document.h"

namespace lectern {
class App;
}

namespace lectern::platform {

// Where the UI font is: embedded in the app's file system at link time.
const char* font_path();

// The sample corpus shipped inside the app, sorted by path.
std::vector<SourceFile> bundled_corpus();

// Routes calls from the page (files the user opened, lectern.show()) to this App.
void attach(App& app);

// Asks the page to show its file picker; chosen files arrive through App::add_file.
void request_open_files();

// Tells the page that a frame showing a corpus has been drawn (resolves lectern.ready).
void notify_corpus_drawn();

// Keeps the window (the page's canvas) as large as the browser window.
void fit_window_to_page();

// Calls frame once per display refresh, forever; control never comes back to the caller.
void run_frames(void (*frame)());

}  // namespace lectern::platform
