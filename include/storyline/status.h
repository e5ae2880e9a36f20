// Status and Result<T>: how every fallible Storyline call reports failure.
//
// No exception crosses the public API. A failing call returns a Status whose
// message names the input, the place (line, byte) and what was expected, e.g.
//   "examples/x.txt: invalid UTF-8 at byte 1043 (0xC3 not followed by a continuation byte)".
// Status and Result are values: cheap to move, safe to copy, not thread-shared.
#ifndef STORYLINE_STATUS_H_
#define STORYLINE_STATUS_H_

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace storyline {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,   // the caller's input is malformed (bad JSON, bad option)
    kNotFound,          // a named file or id does not exist
    kIoError,           // the operating system refused a read or write
    kDataLoss,          // the input is not text (binary, undecodable)
    kResourceExhausted, // an input exceeds a limit in Options
    kFailedPrecondition,// nothing usable is left (every article rejected)
    kInternal,          // a Storyline bug
  };

  Status() = default;
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {Code::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {Code::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {Code::kIoError, std::move(m)}; }
  static Status DataLoss(std::string m) { return {Code::kDataLoss, std::move(m)}; }
  static Status ResourceExhausted(std::string m) { return {Code::kResourceExhausted, std::move(m)}; }
  static Status FailedPrecondition(std::string m) { return {Code::kFailedPrecondition, std::move(m)}; }
  static Status Internal(std::string m) { return {Code::kInternal, std::move(m)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // Returns a copy whose message is "context: message" (abseil's status_macros
  // idiom: each layer adds what it was doing on the way up).
  Status WithContext(std::string_view context) const {
    if (ok()) return *this;
    return Status(code_, std::string(context) + ": " + message_);
  }

 private:
  Code code_ = Code::kOk;
  std::string message_;
};

// Either a T or a non-ok Status. Construct from a value or from a Status.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {  // NOLINT
    assert(!std::get<Status>(v_).ok() && "Result built from an ok Status");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace storyline

#define STORYLINE_CONCAT_INNER_(a, b) a##b
#define STORYLINE_CONCAT_(a, b) STORYLINE_CONCAT_INNER_(a, b)

// Returns early from the enclosing function if `expr` (a Status) is not ok.
#define STORYLINE_RETURN_IF_ERROR(expr)               \
  do {                                                \
    ::storyline::Status _st = (expr);                 \
    if (!_st.ok()) return _st;                        \
  } while (0)

// `lhs = value of rexpr (a Result<T>)`, or return its Status.
#define STORYLINE_ASSIGN_OR_RETURN(lhs, rexpr) \
  STORYLINE_ASSIGN_OR_RETURN_IMPL_(STORYLINE_CONCAT_(_res_, __LINE__), lhs, rexpr)
#define STORYLINE_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, rexpr) \
  auto tmp = (rexpr);                                     \
  if (!tmp.ok()) return tmp.status();                     \
  lhs = std::move(tmp).value()

#endif  // STORYLINE_STATUS_H_
