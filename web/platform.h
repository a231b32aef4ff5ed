// What the app needs from the page around it. platform_web.cpp implements it for the browser
// (EM_JS calls into shell/lectern.js, C functions exported to it); nothing else in web/ includes
// an emscripten header, so a native twin of this file is all a desktop build would need.
//
//   platform::attach(app);                       // exported functions now reach this App
//   app.add_files(platform::bundled_corpus());
//   platform::run_frames([] { ... one frame ... });
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"

namespace lectern {
class App;
class UiFonts;
}

namespace lectern::platform {

// Where the UI font is: embedded in the app's file system at link time.
const char* font_path();

// The sample corpus shipped inside the app, sorted by path.
std::vector<SourceFile> bundled_corpus();

// The page's URL parameters as JSON: view, q, lang (list), doc (list), date, corpus (list).
std::string initial_location();

// Writes the app's view and filter back into the page's URL (history.replaceState).
void publish_location(const std::string& location_json);

// The settings saved by an earlier visit ("" when none), and saving them. The page keeps them in
// IndexedDB, read before main() and written in the background; a failure to save is reported
// back as a message (App::show_message), and the values stay in use.
std::string load_settings();
void save_settings(const std::string& settings_json);
// The same for what was saved for one corpus, by its fingerprint (ingest/source_fingerprint.h).
std::string load_corpus_settings(const std::string& fingerprint);
void save_corpus_settings(const std::string& fingerprint, const std::string& json);

// Physical pixels per CSS pixel: the UI is drawn at this scale so text stays sharp on HiDPI.
float device_pixel_ratio();

// Routes calls from the page (files the user opened, lectern.show()) to this App, and tells
// the page it may now send them (it loads ?corpus= URLs then).
void attach(App& app);

// Fonts that arrive from the page (the CJK font) go to these.
void attach_fonts(UiFonts& fonts);
// Asks the page to fetch the CJK font; it arrives through UiFonts::add_fallback, empty when
// the page cannot have it (a file:// page).
void request_fallback_font();

// Asks the page to show its file or folder picker; files arrive through App::add_file.
void request_open_files();
void request_open_folder();

// Offers text to the user as a downloaded file.
void download(const std::string& file_name, const char* mime_type, std::string_view body);

// Records a named moment of start-up in the page's performance timeline ("lectern:" + step),
// which lectern.timings() reports as the steps to the first frame.
void mark(const char* step);
// Offers an image as a PNG download: width x height RGBA pixels, top row first.
void download_png(const std::string& file_name, int width, int height, const unsigned char* rgba);

// Asks the page to show its session file picker; the file's text comes back through
// App::import_session.
void request_import_session();

// The page's ?corpus= URLs (what a session file records of where its corpus came from).
std::vector<std::string> corpus_urls();

// The page's URL for this location (App::location() JSON), as a link or iframe would open it.
std::string page_url_for(const std::string& location_json);

// Puts text on the system clipboard (the page reports a refusal as a message). ImGui's own
// copying (Ctrl+C in a text field) goes there too, once attach() has run.
void copy_to_clipboard(const std::string& text);

// Tells the page that a frame showing a corpus has been drawn (resolves lectern.ready).
void notify_corpus_drawn();

// Hands text pasted into the page to the text field being edited; call before NewFrame().
void deliver_pasted_text();

// Keeps the window (the page's canvas) as large as the page, in physical pixels.
void fit_window_to_page();

// What a display refresh did besides drawing, for the page's frame log.
enum class FrameWork : int { none = 0, indexing = 1, entities = 2 };
// Records one display refresh's time (the app's whole callback, drawing included) and the work
// under way, which lectern.frames() lists: the evidence for "no frame over 50 ms" (issue 6).
void frame_done(double ms, FrameWork work);

// Calls frame once per display refresh, forever; control never comes back to the caller.
void run_frames(void (*frame)());

}  // namespace lectern::platform
