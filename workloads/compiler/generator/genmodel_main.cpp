// tinysim-genmodel: writes a built-in int8 model as a .tflite file, or prints
// the structure of a built-in model or of any .tflite file tinysim can read.
//
//   tinysim-genmodel <name> -o <file.tflite> [--summary]
//   tinysim-genmodel <name> --summary
//   tinysim-genmodel --list
//   tinysim-genmodel --read <file.tflite>
//
// Exit status: 0 success, 1 model or file error, 2 bad command line.
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <string>

#include "workloads/compiler/generator/builtin_models.h"
#include "workloads/compiler/ir/model_summary.h"
#include "workloads/compiler/tflite/tflite_reader.h"
#include "workloads/compiler/tflite/tflite_writer.h"

namespace {

void usage(std::ostream& out) {
  out << "usage: tinysim-genmodel <name> -o <file.tflite> [--summary]\n"
         "       tinysim-genmodel <name> --summary\n"
         "       tinysim-genmodel --list\n"
         "       tinysim-genmodel --read <file.tflite>\n"
         "built-in models:";
  for (const std::string& n : tinysim::model::builtin_model_names()) out << " " << n;
  out << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace tinysim::model;
  std::string name, output, read_path;
  bool summary = false, list = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if ((arg == "-o" || arg == "--output" || arg == "--read") && i + 1 >= argc) {
      std::cerr << "tinysim-genmodel: " << arg << " needs a file name\n";
      return 2;
    }
    if (arg == "-o" || arg == "--output") {
      output = argv[++i];
    } else if (arg == "--read") {
      read_path = argv[++i];
    } else if (arg == "--summary") {
      summary = true;
    } else if (arg == "--list") {
      list = true;
    } else if (arg == "-h" || arg == "--help") {
      usage(std::cout);
      return 0;
    } else if (!arg.empty() && arg[0] == '-') {
      std::cerr << "tinysim-genmodel: unknown option '" << arg << "'\n";
      usage(std::cerr);
      return 2;
    } else if (name.empty()) {
      name = arg;
    } else {
      std::cerr << "tinysim-genmodel: more than one model name ('" << name << "', '" << arg << "')\n";
      return 2;
    }
  }
  try {
    if (list) {
      for (const std::string& n : builtin_model_names()) std::cout << n << "\n";
      return 0;
    }
    if (!read_path.empty()) {
      if (!name.empty() || !output.empty()) {
        std::cerr << "tinysim-genmodel: --read takes no model name and no -o\n";
        return 2;
      }
      std::cout << model_summary(read_tflite(read_path));
      return 0;
    }
    if (name.empty() || (output.empty() && !summary)) {
      usage(std::cerr);
      return 2;
    }
    bool known = false;
    for (const std::string& n : builtin_model_names()) known = known || n == name;
    if (!known) {
      std::cerr << "tinysim-genmodel: unknown model '" << name << "'\n";
      usage(std::cerr);
      return 2;
    }
    const Model model = make_builtin_model(name);
    if (!output.empty()) write_tflite_file(model, output);
    if (summary) std::cout << model_summary(model);
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "tinysim-genmodel: " << e.what() << "\n";
    return 1;
  }
}
