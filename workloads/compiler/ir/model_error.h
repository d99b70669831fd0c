// The one exception type of the model layer: a model that is malformed,
// inconsistent or uses something tinysim does not support. The message says
// what and where (tensor / operator index and name); readers prefix the file.
#pragma once

#include <stdexcept>
#include <string>

namespace tinysim::model {

class ModelError : public std::runtime_error {
 public:
  explicit ModelError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace tinysim::model
